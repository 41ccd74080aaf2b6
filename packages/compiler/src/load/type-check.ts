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
import { FileRecord, recordingHost, type FileRecordEntries } from "./file-record.ts";
import { readTsconfig } from "./read-tsconfig.ts";

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

export interface TypeCheckerOptions {
  /** The tsconfig.json whose compiler options apply. @default none: the options aslc uses when a project has no tsconfig */
  readonly tsconfig?: string;
}

export class TypeChecker {
  private readonly project: Project;
  /** Everything the checker read from disk: what its results depend on. */
  private readonly record = new FileRecord();
  /** Problems with the tsconfig itself: while there are any, nothing else is checked. */
  private readonly configProblems: readonly Diagnostic[];

  /**
   * ts-morph carries the whole TypeScript compiler; it is loaded only when a build type-checks,
   * so that emitting, checking drift of emitted files or drawing a graph never pays for it.
   * A string is read as a project folder, whose tsconfig.json applies if it has one.
   */
  static async create(options: TypeCheckerOptions | string = {}): Promise<TypeChecker> {
    if (typeof options === "string") {
      const tsconfig = join(options, "tsconfig.json");
      options = existsSync(tsconfig) ? { tsconfig } : {};
    }
    return new TypeChecker(await import("ts-morph"), options);
  }

  private constructor(
    private readonly morph: TsMorph,
    { tsconfig }: TypeCheckerOptions,
  ) {
    const fileSystem = recordingHost(new morph.Project().getFileSystem(), this.record);
    const config = tsconfig ? readTsconfig(morph.ts, tsconfig, fileSystem) : { options: defaultOptions(morph), diagnostics: [] };
    this.configProblems = config.diagnostics.filter((d) => d.severity === "error");
    this.project = new morph.Project({ fileSystem, compilerOptions: { ...config.options, noEmit: true } });
  }

  /** What every check so far read from disk (files by content hash, lookups by their answer). */
  fileRecord(): FileRecordEntries {
    return { ...this.record.entries };
  }

  /**
   * Re-reads the given files from disk (new, changed or unchanged) and returns the diagnostics
   * of every source file under `roots` (the workflow modules and the project files beside
   * them); library code, the DSL included, is never reported.
   */
  check(files: readonly string[], roots: readonly string[]): Diagnostic[] {
    if (this.configProblems.length > 0) return [...this.configProblems];
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
