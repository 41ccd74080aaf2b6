/**
 * Small helpers for writing TypeScript source text. The generated workflows are ordinary
 * author code, so every name and string literal is emitted the way a person would write it.
 */

/** A double-quoted TypeScript string literal. `${…}` stays literal: ASL placeholders use it. */
export function str(text: string): string {
  return JSON.stringify(text);
}

/** The lines every generated file starts with (the baselines included, so they cancel out). */
export const IMPORTS = [
  `import { z } from "zod";`,
  `import { workflow, lambda, ref, States } from "@aslc/dsl";`,
];

/**
 * One workflow file: a schema declaration and a single chained expression, as authors write
 * them. `links` are the chain's method calls, each starting with a dot.
 */
export function workflowFile(name: string, schemaName: string, schemaSource: string, links: readonly string[]): string {
  const chain = [`export default workflow(${str(name)}, { input: ${schemaName} })`, ...links.map((link) => `  ${link}`)];
  return [...IMPORTS, "", `const ${schemaName} = ${schemaSource};`, "", `${chain.join("\n")};`, ""].join("\n");
}
