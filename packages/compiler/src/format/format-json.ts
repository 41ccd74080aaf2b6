/** ASL files are formatted with prettier so they read the same as the rest of a project. */
import { format } from "prettier";

export async function formatJson(value: unknown): Promise<string> {
  return format(JSON.stringify(value), { parser: "json", printWidth: 100 });
}
