/**
 * Type-checks generated files with the TypeScript compiler API, as a Lambda project would:
 * strict, ES modules, bundler resolution, zod resolved from the workspace's node_modules.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

export const WORKSPACE = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** A fresh directory under the workspace's git-ignored .tmp, so zod resolves from node_modules. */
export function scratchDirectory(prefix: string): string {
  const root = join(WORKSPACE, ".tmp");
  mkdirSync(root, { recursive: true });
  return mkdtempSync(join(root, `${prefix}-`));
}

export function writeFiles(dir: string, files: Record<string, string>): string[] {
  return Object.entries(files).map(([name, text]) => {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return path;
  });
}

export const STRICT: ts.CompilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

/** The diagnostics of a program over `files`, as `file:line: TScode message` lines. */
export function typeErrors(dir: string, files: readonly string[], options: ts.CompilerOptions = STRICT): string[] {
  const program = ts.createProgram({ rootNames: [...files], options });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    if (!d.file || d.start === undefined) return `TS${d.code} ${message}`;
    const { line } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${relative(dir, d.file.fileName)}:${line + 1}: TS${d.code} ${message}`;
  });
}
