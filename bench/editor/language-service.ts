/**
 * A TypeScript language service over one in-memory file, as an editor runs it: the file's text
 * lives in memory and changes with each edit; everything else (the DSL's declarations, zod, the
 * default library) is read from disk through node_modules, as in an author's project.
 */
import ts from "typescript";

/** The options a user's project would check a workflow with (those bench:types uses). */
export const COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2023.d.ts"],
  types: ["node"],
  skipLibCheck: true,
  allowImportingTsExtensions: true,
};

export interface EditedFile {
  readonly service: ts.LanguageService;
  readonly fileName: string;
  text(): string;
  /** Replaces the file's text: a new version, as after a keystroke. */
  setText(text: string): void;
  dispose(): void;
}

/** A language service whose only root is `fileName`, holding `text` in memory. */
export function openFile(fileName: string, text: string): EditedFile {
  let current = text;
  let version = 0;
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => COMPILER_OPTIONS,
    getScriptFileNames: () => [fileName],
    getScriptVersion: (name) => (name === fileName ? String(version) : "0"),
    getScriptSnapshot: (name) => {
      if (name === fileName) return ts.ScriptSnapshot.fromString(current);
      const disk = ts.sys.readFile(name);
      return disk === undefined ? undefined : ts.ScriptSnapshot.fromString(disk);
    },
    getCurrentDirectory: () => ts.sys.getCurrentDirectory(),
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (name) => name === fileName || ts.sys.fileExists(name),
    readFile: (name) => (name === fileName ? current : ts.sys.readFile(name)),
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: ts.sys.realpath,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  return {
    service,
    fileName,
    text: () => current,
    setText(next) {
      current = next;
      version++;
    },
    dispose: () => service.dispose(),
  };
}
