/** The example projects under examples/ and the files the compiler wrote for them. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { REPO } from "../support/temp-project.ts";

export const EXAMPLES = join(REPO, "examples");

/** Every example folder (one project each), by name. */
export function exampleFolders(): string[] {
  return readdirSync(EXAMPLES)
    .filter((name) => statSync(join(EXAMPLES, name)).isDirectory() && name !== "node_modules" && !name.startsWith("."))
    .sort();
}

/** Files directly in an example folder whose names end with the suffix. */
export function filesEndingWith(example: string, suffix: string): string[] {
  const dir = join(EXAMPLES, example);
  return readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => join(dir, name));
}

export function readJson(path: string): any {
  return JSON.parse(readFileSync(path, "utf8"));
}

export function exists(path: string): boolean {
  return existsSync(path);
}
