/**
 * The compiler host a type-check's TypeScript program reads through: the disk (every question
 * noted in the check's file record), TypeScript's own lib files (carried in memory by ts-morph's
 * toolchain package, so no `typescript` install is needed), and a cache of parsed files, so
 * that a later check (watch mode) parses only what changed and the program reuses the rest.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import type { ts as Typescript } from "ts-morph";
import { recordingHost, type FileRecord } from "./file-record.ts";

type Ts = typeof Typescript;

/** The TypeScript that ts-morph carries, with the lib files (lib.es2023.d.ts, …) it ships in memory. */
export interface Toolchain {
  readonly ts: Ts;
  /** Where the lib files are said to be: a folder that is not on disk. */
  readonly libFolder: string;
  readonly libFiles: ReadonlyMap<string, string>;
}

/**
 * ts-morph's toolchain package holds both TypeScript and its lib files; it is reached through
 * ts-morph, whose dependency it is, so the two always agree.
 */
export function loadToolchain(): Toolchain {
  const fromTsMorph = createRequire(createRequire(import.meta.url).resolve("ts-morph"));
  const common = fromTsMorph("@ts-morph/common") as { ts: Ts; getLibFiles(): readonly { fileName: string; text: string }[]; libFolderInMemoryPath: string };
  const libFolder = common.libFolderInMemoryPath;
  return { ts: common.ts, libFolder, libFiles: new Map(common.getLibFiles().map((lib) => [`${libFolder}/${lib.fileName}`, lib.text])) };
}

/** The file system questions a check asks, answered from the disk; wrapped so each is recorded. */
export interface CheckFileSystem {
  readFileSync(path: string, encoding?: string): string;
  fileExistsSync(path: string): boolean;
  directoryExistsSync(path: string): boolean;
  readDirSync(path: string): { name: string; isDirectory(): boolean }[];
  realpathSync(path: string): string;
}

const disk: CheckFileSystem = {
  readFileSync: (path) => readFileSync(path, "utf8"),
  fileExistsSync: (path) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false,
  directoryExistsSync: (path) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false,
  readDirSync: (path) => readdirSync(path, { withFileTypes: true }),
  realpathSync: (path) => realpathSync(path),
};

/** The disk, with every question asked of it noted in the record. */
export function recordedFileSystem(record: FileRecord): CheckFileSystem {
  return recordingHost(disk, record);
}

const isInNodeModules = (path: string) => path.includes("/node_modules/");

export class ProgramHost {
  /** Parsed files by path, with the text each was parsed from. */
  private readonly parsed = new Map<string, Typescript.SourceFile>();
  readonly host: Typescript.CompilerHost;

  constructor(
    private readonly toolchain: Toolchain,
    private readonly fs: CheckFileSystem,
  ) {
    const { ts, libFolder, libFiles } = toolchain;
    const caseSensitive = ts.sys.useCaseSensitiveFileNames;
    const inLibFolder = (path: string) => path.startsWith(`${libFolder}/`);
    this.host = {
      getSourceFile: (fileName, languageVersion) => this.sourceFile(fileName, languageVersion),
      getDefaultLibFileName: (options) => `${libFolder}/${ts.getDefaultLibFileName(options)}`,
      getDefaultLibLocation: () => libFolder,
      writeFile: () => undefined,
      getCurrentDirectory: () => process.cwd(),
      getCanonicalFileName: (fileName) => (caseSensitive ? fileName : fileName.toLowerCase()),
      useCaseSensitiveFileNames: () => caseSensitive,
      getNewLine: () => "\n",
      // A file's imports are resolved again in every check, the file unchanged or not: one that
      // failed may resolve now that a file appeared, one that resolved may now fail.
      hasInvalidatedResolutions: () => true,
      fileExists: (path) => (inLibFolder(path) ? libFiles.has(path) : this.fs.fileExistsSync(path)),
      readFile: (path) => (inLibFolder(path) ? libFiles.get(path) : this.read(path)),
      directoryExists: (path) => path === libFolder || inLibFolder(path) || this.fs.directoryExistsSync(path),
      getDirectories: (path) => {
        try {
          return this.fs.readDirSync(path).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
        } catch {
          return [];
        }
      },
      realpath: (path) => {
        if (inLibFolder(path)) return path;
        try {
          return this.fs.realpathSync(path);
        } catch {
          return path;
        }
      },
    };
  }

  private read(path: string): string | undefined {
    try {
      return this.fs.readFileSync(path, "utf-8");
    } catch {
      return undefined;
    }
  }

  /**
   * The file parsed, reused when its text has not changed. Installed packages and lib files
   * are read once: a check does not expect node_modules to change under it.
   */
  private sourceFile(fileName: string, languageVersion: Typescript.ScriptTarget | Typescript.CreateSourceFileOptions): Typescript.SourceFile | undefined {
    const { ts, libFiles } = this.toolchain;
    const known = this.parsed.get(fileName);
    if (known && (libFiles.has(fileName) || isInNodeModules(fileName))) return known;
    const text = this.host.readFile(fileName);
    if (text === undefined) return undefined;
    const options = typeof languageVersion === "object" ? languageVersion : { languageVersion };
    if (known?.text === text && known.languageVersion === options.languageVersion && known.impliedNodeFormat === options.impliedNodeFormat) return known;
    // As tsc does: JSDoc is parsed only where it can make a type error.
    const source = ts.createSourceFile(fileName, text, { ...options, jsDocParsingMode: ts.JSDocParsingMode.ParseForTypeErrors });
    this.parsed.set(fileName, source);
    return source;
  }

  /** Forgets the files the last program no longer holds. */
  keepOnly(program: Typescript.Program): void {
    const held = new Set(program.getSourceFiles().map((source) => source.fileName));
    for (const path of this.parsed.keys()) if (!held.has(path)) this.parsed.delete(path);
  }
}
