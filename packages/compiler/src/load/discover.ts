/**
 * Finds workflow modules: files named `*.workflow.ts` under the given paths (a file named
 * directly is taken whatever its name). node_modules and dot-folders are skipped. The order is
 * sorted so that output never depends on the file system's listing order.
 */
import { readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export const WORKFLOW_FILE_SUFFIX = ".workflow.ts";

function walk(dir: string, found: string[], wanted: (name: string) => boolean): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, found, wanted);
    else if (entry.isFile() && wanted(entry.name)) found.push(path);
  }
}

/**
 * Every TypeScript source under the roots: the workflow modules, and the handlers and helpers
 * beside them, which must keep compiling against the contracts the build regenerates.
 */
export function discoverSources(roots: readonly string[]): string[] {
  const found: string[] = [];
  for (const root of roots) walk(root, found, (name) => /\.(ts|mts|cts)$/.test(name) && !name.endsWith(".d.ts"));
  return [...new Set(found)].sort();
}

/** The folders searched: each path given, or the folder of a file given. */
export function searchRoots(paths: readonly string[], cwd = process.cwd()): string[] {
  return (paths.length > 0 ? paths : ["."]).map((p) => resolve(cwd, p)).map((p) => (statSync(p).isDirectory() ? p : dirname(p)));
}

export function discoverWorkflowFiles(paths: readonly string[], cwd = process.cwd()): string[] {
  const found: string[] = [];
  for (const path of paths.length > 0 ? paths : ["."]) {
    const absolute = resolve(cwd, path);
    if (statSync(absolute).isDirectory()) walk(absolute, found, (name) => name.endsWith(WORKFLOW_FILE_SUFFIX));
    else found.push(absolute);
  }
  return [...new Set(found)].sort();
}
