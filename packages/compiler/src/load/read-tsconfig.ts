/**
 * Reads a tsconfig.json (and whatever it extends) the way tsc does, and turns every problem
 * with it into a diagnostic at its file, line and column: the file cannot be read, it is not
 * valid JSON (comments and trailing commas are, as for tsc), an `extends` names a file that is
 * not there, an option is unknown or has a wrong value.
 */
import { existsSync } from "node:fs";
import type { ts as Typescript } from "ts-morph";
import type { Diagnostic } from "../diagnostics.ts";

type Ts = typeof Typescript;
type CompilerOptions = Typescript.CompilerOptions;
type TsDiagnostic = Typescript.Diagnostic;

/** What the config is read through: the checker's (recording) file system. */
export interface ConfigFileSystem {
  readFileSync(path: string, encoding?: string): string;
  fileExistsSync(path: string): boolean;
}

export interface Tsconfig {
  readonly options: CompilerOptions;
  /** Problems with the config; when there is an error the options are not to be trusted. */
  readonly diagnostics: readonly Diagnostic[];
}

/** tsc's "No inputs were found": files are given by the build, never by `include`. */
const NO_INPUTS = 18003;
const FILE_NOT_FOUND = 6053;
const CANNOT_READ = 5083;

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "it is a folder" : (code ?? String(error));
}

/** Where `"extends"` is written in the config, for problems TypeScript reports without a position. */
function extendsPosition(configText: string): { line: number; character: number } {
  const before = configText.split(/"extends"\s*:/)[0]!;
  if (before.length === configText.length) return { line: 0, character: 0 };
  const lines = before.split("\n");
  return { line: lines.length - 1, character: lines[lines.length - 1]!.length };
}

function convert(ts: Ts, configPath: string, d: TsDiagnostic, configText: string): Diagnostic {
  const text = ts.flattenDiagnosticMessageText(d.messageText, "\n");
  const file = d.file?.fileName ?? configPath;
  const position = d.file && d.start !== undefined ? ts.getLineAndCharacterOfPosition(d.file, d.start) : { line: 0, character: 0 };
  const site = { file, line: position.line + 1, column: position.character + 1 };
  const unread = d.code === CANNOT_READ ? /'([^']+)'/.exec(text)?.[1] : undefined;
  if (unread && !d.file && !existsSync(unread)) {
    const at = extendsPosition(configText);
    return { code: "ASLC353", severity: "error", message: `the tsconfig extends ${unread}, which does not exist: fix the "extends" path, or install the package that provides it`, site: { file: configPath, line: at.line + 1, column: at.character + 1 } };
  }
  if (d.code === FILE_NOT_FOUND) {
    return { code: "ASLC353", severity: "error", message: `${text.replace(/\.$/, "")}: the tsconfig's "extends" names a file that does not exist; fix the path, or install the package that provides it`, site };
  }
  if (d.code === CANNOT_READ) {
    return { code: "ASLC351", severity: "error", message: `${text.replace(/\.$/, "")}: make the file readable, or fix the path that names it`, site };
  }
  if (d.code >= 1000 && d.code < 2000) {
    return { code: "ASLC352", severity: "error", message: `${file.split("/").pop()} is not valid JSON: ${text.replace(/\.$/, "")}: fix the syntax at this position`, site };
  }
  // TypeScript's own suggestion ("Did you mean 'strict'?") ends its message as a question.
  const advice = `fix or remove this compiler option (TS${d.code})`;
  const message = text.endsWith("?") ? `${text} ${advice[0]!.toUpperCase()}${advice.slice(1)}` : `${text.replace(/\.$/, "")}: ${advice}`;
  return { code: "ASLC354", severity: "error", message, site };
}

export function readTsconfig(ts: Ts, configPath: string, fs: ConfigFileSystem): Tsconfig {
  const site = { file: configPath, line: 1, column: 1 };
  let text: string;
  try {
    text = fs.readFileSync(configPath, "utf-8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException | undefined)?.code === "ENOENT" || !fs.fileExistsSync(configPath)) {
      return { options: {}, diagnostics: [{ code: "ASLC350", severity: "error", message: `there is no tsconfig at ${configPath}: fix the path given with --tsconfig or in the aslc config` }] };
    }
    return { options: {}, diagnostics: [{ code: "ASLC351", severity: "error", message: `cannot read ${configPath}: ${reasonOf(error)}: make it readable (chmod u+r), or name another tsconfig with --tsconfig`, site }] };
  }
  // tsc reports a config that does not parse before anything in it.
  const syntax = ts.parseConfigFileTextToJson(configPath, text).error;
  if (syntax) return { options: {}, diagnostics: [convert(ts, configPath, syntax, text)] };
  const unrecoverable: TsDiagnostic[] = [];
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      useCaseSensitiveFileNames: true,
      getCurrentDirectory: () => configPath.slice(0, configPath.lastIndexOf("/")),
      fileExists: (path) => fs.fileExistsSync(path),
      readFile: (path) => {
        try {
          return fs.readFileSync(path, "utf-8");
        } catch {
          return undefined;
        }
      },
      // Source files come from the build, not from `include`: no folder needs listing.
      readDirectory: () => [],
      onUnRecoverableConfigFileDiagnostic: (d) => unrecoverable.push(d),
    },
  );
  const problems = [...unrecoverable, ...(parsed?.errors ?? [])].filter((d) => d.code !== NO_INPUTS && d.category === ts.DiagnosticCategory.Error);
  return { options: parsed?.options ?? {}, diagnostics: problems.map((d) => convert(ts, configPath, d, text)) };
}
