/**
 * Type-checks workflow modules before they are loaded, so a path that does not exist or an
 * operator that does not fit is reported as the author's own tsc error, with its location and a
 * code frame. The checker runs a plain TypeScript program (the TypeScript ts-morph carries), set
 * up as tsc sets up its own: ts-morph's Project would parse every declaration file's JSDoc and
 * keep a wrapper and reference list per file, which tripled what the check costs beyond tsc's.
 * The checker is kept between builds (watch mode): only files that changed are parsed again,
 * and only they and the files that import them are checked again.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { ts as Typescript } from "ts-morph";
import type { Diagnostic } from "../diagnostics.ts";
import { FileRecord, type FileRecordEntries } from "./file-record.ts";
import { importersOf } from "./importers.ts";
import { loadToolchain, ProgramHost, recordedFileSystem, type Toolchain } from "./program-host.ts";
import { readTsconfig } from "./read-tsconfig.ts";

type Ts = typeof Typescript;

function defaultOptions(ts: Ts): Typescript.CompilerOptions {
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

const isInNodeModules = (path: string) => path.includes("/node_modules/");

export class TypeChecker {
  /** Everything the checker read from disk: what its results depend on. */
  private readonly record = new FileRecord();
  /** Problems with the tsconfig itself: while there are any, nothing else is checked. */
  private readonly configProblems: readonly Diagnostic[];
  private readonly options: Typescript.CompilerOptions;
  private readonly files: ProgramHost;
  /** The program of the last check, which the next one reuses what it can of. */
  private program: Typescript.Program | undefined;
  /** Diagnostics of the last check, per file: still valid for files whose imports did not change. */
  private readonly diagnosticsByFile = new Map<string, Diagnostic[]>();

  /**
   * TypeScript is loaded only when a build type-checks, so that emitting, checking drift of
   * emitted files or drawing a graph never pays for it. A string is read as a project folder,
   * whose tsconfig.json applies if it has one.
   */
  static async create(options: TypeCheckerOptions | string = {}): Promise<TypeChecker> {
    if (typeof options === "string") {
      const tsconfig = join(options, "tsconfig.json");
      options = existsSync(tsconfig) ? { tsconfig } : {};
    }
    return new TypeChecker(loadToolchain(), options);
  }

  private constructor(
    private readonly toolchain: Toolchain,
    { tsconfig }: TypeCheckerOptions,
  ) {
    const { ts } = toolchain;
    const fileSystem = recordedFileSystem(this.record);
    const config = tsconfig ? readTsconfig(ts, tsconfig, fileSystem) : { options: defaultOptions(ts), diagnostics: [] };
    this.configProblems = config.diagnostics.filter((d) => d.severity === "error");
    this.options = { ...config.options, noEmit: true };
    this.files = new ProgramHost(toolchain, fileSystem);
  }

  /** What every check so far read from disk (files by content hash, lookups by their answer). */
  fileRecord(): FileRecordEntries {
    return { ...this.record.entries };
  }

  /**
   * Re-reads the given files from disk (new, changed or unchanged) and returns the diagnostics
   * of each of them and of every other source file under `roots` (the workflow modules and the
   * project files beside them); library code, the DSL included, is never reported.
   */
  check(files: readonly string[], roots: readonly string[]): Diagnostic[] {
    if (this.configProblems.length > 0) return [...this.configProblems];
    const previous = this.program;
    const program = this.toolchain.ts.createProgram({ rootNames: files, options: this.options, host: this.files.host, oldProgram: previous });
    this.program = program;
    this.files.keepOnly(program);
    const inRoots = (path: string) => roots.some((root) => path === root || path.startsWith(root.endsWith("/") ? root : `${root}/`));
    const wanted = new Set(files);
    const reported = [...files.map((path) => program.getSourceFile(path)), ...program.getSourceFiles().filter((source) => !wanted.has(source.fileName) && inRoots(source.fileName))].filter(
      (source): source is Typescript.SourceFile => source !== undefined && !source.isDeclarationFile && !isInNodeModules(source.fileName),
    );
    // The first check has nothing to reuse: every file is checked, and no import graph is needed.
    const dirty = this.diagnosticsByFile.size === 0 || !previous ? undefined : this.dirtyFiles(previous, program);
    const diagnostics: Diagnostic[] = [];
    const present = new Set<string>();
    for (const source of reported) {
      const path = source.fileName;
      if (present.has(path)) continue;
      present.add(path);
      let found = this.diagnosticsByFile.get(path);
      if (found === undefined || dirty === undefined || dirty.has(path)) {
        found = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((d) => this.convert(d));
        this.diagnosticsByFile.set(path, found);
      }
      diagnostics.push(...found);
    }
    for (const path of this.diagnosticsByFile.keys()) if (!present.has(path)) this.diagnosticsByFile.delete(path);
    return diagnostics;
  }

  /**
   * The files whose diagnostics may differ from the last check's: those parsed again (new or
   * changed), those gone, and every file that imports one of them, directly or not, in either
   * program. Undefined (check everything) when the import graph cannot be read.
   */
  private dirtyFiles(previous: Typescript.Program, program: Typescript.Program): Set<string> | undefined {
    const before = new Map(previous.getSourceFiles().map((source) => [source.fileName, source]));
    const after = new Set(program.getSourceFiles().map((source) => source.fileName));
    const changed: string[] = [];
    for (const source of program.getSourceFiles()) if (before.get(source.fileName) !== source) changed.push(source.fileName);
    for (const path of before.keys()) if (!after.has(path)) changed.push(path);
    const importers = [importersOf(previous), importersOf(program)];
    if (importers.some((graph) => graph === undefined)) return undefined;
    const dirty = new Set<string>();
    const queue = [...changed];
    while (queue.length > 0) {
      const path = queue.pop()!;
      if (dirty.has(path)) continue;
      dirty.add(path);
      for (const graph of importers) queue.push(...(graph!.get(path) ?? []));
    }
    return dirty;
  }

  private convert(d: Typescript.Diagnostic): Diagnostic {
    const { ts } = this.toolchain;
    const source = d.file;
    const start = d.start ?? 0;
    const position = source ? lineAndColumn(source.text, start) : { line: 1, column: 1 };
    return {
      code: `TS${d.code}`,
      severity: d.category === ts.DiagnosticCategory.Error ? "error" : "warning",
      message: ts.flattenDiagnosticMessageText(d.messageText, "\n"),
      site: source ? { file: source.fileName, line: position.line, column: position.column } : undefined,
      frame: source ? codeFrame(source.text, position.line, position.column, d.length ?? 1) : undefined,
    };
  }
}

/** 1-based line (counted by line feeds) and column (from the last line feed or carriage return) of a position. */
function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  for (let i = 0; i < position; i++) if (text.charCodeAt(i) === 10) line++;
  let lineStart = position;
  while (lineStart > 0 && text[lineStart - 1] !== "\n" && text[lineStart - 1] !== "\r") lineStart--;
  return { line, column: position - lineStart + 1 };
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
