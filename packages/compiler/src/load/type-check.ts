/**
 * Type-checks workflow modules with ts-morph before they are loaded, so a path that does not
 * exist or an operator that does not fit is reported as the author's own tsc error, with its
 * location and a code frame. The Project is kept between builds (watch mode): only files that
 * changed are re-read.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { DiagnosticCategory, Project, ts, type Diagnostic as TsDiagnostic } from "ts-morph";
import type { Diagnostic } from "../diagnostics.ts";

const DEFAULT_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  allowImportingTsExtensions: true,
  esModuleInterop: true,
  resolveJsonModule: true,
  types: ["node"],
};

export class TypeChecker {
  private readonly project: Project;

  constructor(cwd: string) {
    const tsConfigFilePath = join(cwd, "tsconfig.json");
    this.project = existsSync(tsConfigFilePath)
      ? new Project({ tsConfigFilePath, skipAddingFilesFromTsConfig: true, compilerOptions: { noEmit: true } })
      : new Project({ compilerOptions: DEFAULT_OPTIONS });
  }

  /**
   * Re-reads the given files from disk (new, changed or unchanged) and returns the diagnostics
   * of every source file under `roots` (the workflow modules and the project files beside
   * them); library code, the DSL included, is never reported.
   */
  check(files: readonly string[], roots: readonly string[]): Diagnostic[] {
    for (const file of files) {
      const existing = this.project.getSourceFile(file);
      if (existing) existing.refreshFromFileSystemSync();
      else this.project.addSourceFileAtPath(file);
    }
    for (const source of this.project.getSourceFiles()) {
      if (!source.isInNodeModules() && !files.includes(source.getFilePath())) source.refreshFromFileSystemSync();
    }
    this.project.resolveSourceFileDependencies();
    const wanted = new Set(files);
    const inRoots = (path: string) => roots.some((root) => path === root || path.startsWith(root.endsWith("/") ? root : `${root}/`));
    const diagnostics: Diagnostic[] = [];
    const program = this.project.getProgram();
    for (const source of this.project.getSourceFiles()) {
      if (source.isInNodeModules() || source.isDeclarationFile()) continue;
      const path = source.getFilePath();
      if (!wanted.has(path) && !inRoots(path)) continue;
      for (const d of [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]) {
        diagnostics.push(convert(d));
      }
    }
    return diagnostics;
  }
}

function convert(d: TsDiagnostic): Diagnostic {
  const source = d.getSourceFile();
  const start = d.getStart() ?? 0;
  const position = source ? source.getLineAndColumnAtPos(start) : { line: 1, column: 1 };
  const text = d.getMessageText();
  const message = typeof text === "string" ? text : ts.flattenDiagnosticMessageText(text.compilerObject, "\n");
  return {
    code: `TS${d.getCode()}`,
    severity: d.getCategory() === DiagnosticCategory.Error ? "error" : "warning",
    message,
    site: source ? { file: source.getFilePath(), line: position.line, column: position.column } : undefined,
    frame: source ? codeFrame(source.getFullText(), position.line, position.column, d.getLength() ?? 1) : undefined,
  };
}

/** Three lines of context around the error with a caret line under the offending span. */
export function codeFrame(text: string, line: number, column: number, length: number): string {
  const lines = text.split("\n");
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    out.push(`${n === line ? ">" : " "} ${String(n).padStart(width)} | ${lines[n - 1] ?? ""}`);
    if (n === line) {
      const span = Math.max(1, Math.min(length, (lines[n - 1] ?? "").length - column + 1));
      out.push(`  ${" ".repeat(width)} | ${" ".repeat(column - 1)}${"^".repeat(span)}`);
    }
  }
  return out.join("\n");
}
