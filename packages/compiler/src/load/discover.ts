/**
 * Finds workflow modules: files named `*.workflow.ts` under the given paths (a file named
 * directly is taken whatever its name). node_modules and dot-folders are skipped. The order is
 * sorted so that output never depends on the file system's listing order. A path that does not
 * exist, or a file or folder that cannot be read, is a diagnostic (thrown as a CompileError).
 */
import { accessSync, constants, readdirSync, statSync, type Stats } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { CompileError, type Diagnostic } from "../diagnostics.ts";

export const WORKFLOW_FILE_SUFFIX = ".workflow.ts";

function isDenied(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "EACCES" || code === "EPERM";
}

function unreadable(path: string, kind: "file" | "folder"): Diagnostic {
  return {
    code: "ASLC351",
    severity: "error",
    message: `cannot read the ${kind} ${path}: permission denied: make it readable by the user running aslc (chmod ${kind === "folder" ? "u+rx" : "u+r"}), or move it out of the searched paths`,
    site: kind === "file" ? { file: path, line: 1, column: 1 } : undefined,
  };
}

/** Fails with a diagnostic unless the file can be read. */
function ensureReadable(file: string): void {
  try {
    accessSync(file, constants.R_OK);
  } catch (error) {
    if (isDenied(error)) throw new CompileError([unreadable(file, "file")]);
    throw error;
  }
}

function walk(dir: string, found: string[], wanted: (name: string) => boolean): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if (isDenied(error)) throw new CompileError([unreadable(dir, "folder")]);
    throw error;
  }
  for (const entry of entries) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, found, wanted);
    else if (entry.isFile() && wanted(entry.name)) {
      ensureReadable(path);
      found.push(path);
    }
  }
}

/** The path, resolved, and what stands there; a path with nothing there is a diagnostic. */
function existing(path: string, cwd: string): { absolute: string; stats: Stats } {
  const absolute = resolve(cwd, path);
  let stats: Stats | undefined;
  try {
    stats = statSync(absolute, { throwIfNoEntry: false });
  } catch (error) {
    if (isDenied(error)) throw new CompileError([unreadable(absolute, "folder")]);
    throw error;
  }
  if (!stats) {
    throw new CompileError([{ code: "ASLC350", severity: "error", message: `no file or folder at ${path} (resolved from ${cwd} to ${absolute}): check the path, or the "paths" of the aslc config` }]);
  }
  return { absolute, stats };
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
  return (paths.length > 0 ? paths : ["."]).map((p) => existing(p, cwd)).map(({ absolute, stats }) => (stats.isDirectory() ? absolute : dirname(absolute)));
}

export function discoverWorkflowFiles(paths: readonly string[], cwd = process.cwd()): string[] {
  const found: string[] = [];
  for (const path of paths.length > 0 ? paths : ["."]) {
    const { absolute, stats } = existing(path, cwd);
    if (stats.isDirectory()) walk(absolute, found, (name) => name.endsWith(WORKFLOW_FILE_SUFFIX));
    else {
      ensureReadable(absolute);
      found.push(absolute);
    }
  }
  return [...new Set(found)].sort();
}
