/**
 * Type-checks workflow modules with ts-morph before they are loaded, so a path that does not
 * exist or an operator that does not fit is reported as the author's own tsc error, with its
 * location and a code frame. The Project is kept between builds (watch mode): only files that
 * changed are re-read.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Project, Diagnostic as TsDiagnostic } from "ts-morph";
import type { Diagnostic } from "../diagnostics.ts";

type TsMorph = typeof import("ts-morph");

function defaultOptions({ ts }: TsMorph) {
  return {
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
}

export class TypeChecker {
  private readonly project: Project;

  /**
   * ts-morph carries the whole TypeScript compiler; it is loaded only when a build type-checks,
   * so that emitting, checking drift of emitted files or drawing a graph never pays for it.
   */
  static async create(cwd: string): Promise<TypeChecker> {
    return new TypeChecker(await import("ts-morph"), cwd);
  }

  private constructor(
    private readonly morph: TsMorph,
    cwd: string,
  ) {
    const tsConfigFilePath = join(cwd, "tsconfig.json");
    this.project = existsSync(tsConfigFilePath)
      ? new morph.Project({ tsConfigFilePath, skipAddingFilesFromTsConfig: true, compilerOptions: { noEmit: true } })
      : new morph.Project({ compilerOptions: defaultOptions(morph) });
  }

  /**
   * Re-reads the given files from disk (new, changed or unchanged) and returns the diagnostics
   * of every source file under `roots` (the workflow modules and the project files beside
   * them); library code, the DSL included, is never reported.
   */
  check(files: readonly string[], roots: readonly string[]): Diagnostic[] {
    const changed = this.refresh(files);
    const dirty = this.withImporters(changed);
    const inRoots = (path: string) => roots.some((root) => path === root || path.startsWith(root.endsWith("/") ? root : `${root}/`));
    const wanted = new Set(files);
    const diagnostics: Diagnostic[] = [];
    const program = this.project.getProgram();
    const present = new Set<string>();
    for (const source of this.project.getSourceFiles()) {
      if (source.isInNodeModules() || source.isDeclarationFile()) continue;
      const path = source.getFilePath();
      if (!wanted.has(path) && !inRoots(path)) continue;
      present.add(path);
      let found = this.diagnosticsByFile.get(path);
      if (found === undefined || dirty.has(path)) {
        found = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((d) => this.convert(d));
        this.diagnosticsByFile.set(path, found);
      }
      diagnostics.push(...found);
    }
    for (const path of this.diagnosticsByFile.keys()) if (!present.has(path)) this.diagnosticsByFile.delete(path);
    return diagnostics;
  }

  /** Diagnostics of the last check, per file: still valid for files whose imports did not change. */
  private readonly diagnosticsByFile = new Map<string, Diagnostic[]>();

  /** Brings the project up to date with the disk; returns the files that are new or changed. */
  private refresh(files: readonly string[]): Set<string> {
    const { FileSystemRefreshResult } = this.morph;
    const changed = new Set<string>();
    const given = new Set(files);
    for (const file of files) {
      const existing = this.project.getSourceFile(file);
      if (!existing) {
        this.project.addSourceFileAtPath(file);
        changed.add(file);
      } else if (existing.refreshFromFileSystemSync() !== FileSystemRefreshResult.NoChange) {
        changed.add(file);
      }
    }
    for (const source of this.project.getSourceFiles()) {
      const path = source.getFilePath();
      if (source.isInNodeModules() || given.has(path)) continue;
      if (source.refreshFromFileSystemSync() !== FileSystemRefreshResult.NoChange) changed.add(path);
    }
    this.project.resolveSourceFileDependencies();
    return changed;
  }

  /** The changed files and every file that imports one of them, directly or not. */
  private withImporters(changed: ReadonlySet<string>): Set<string> {
    const dirty = new Set<string>();
    const queue = [...changed];
    while (queue.length > 0) {
      const path = queue.pop()!;
      if (dirty.has(path)) continue;
      dirty.add(path);
      for (const importer of this.project.getSourceFile(path)?.getReferencingSourceFiles() ?? []) queue.push(importer.getFilePath());
    }
    return dirty;
  }

  private convert(d: TsDiagnostic): Diagnostic {
    const { ts, DiagnosticCategory } = this.morph;
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
