/**
 * ASL files are formatted with prettier so they read the same as the rest of a project.
 * Prettier is loaded on first use.
 */
export async function formatJson(value: unknown): Promise<string> {
  const prettier = await import("prettier");
  return prettier.format(JSON.stringify(value), { parser: "json", printWidth: 100 });
}
