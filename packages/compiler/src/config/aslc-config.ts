/**
 * The project's aslc configuration, found as tools usually find theirs (lilconfig): an `"aslc"`
 * key in package.json, or aslc.config.json, aslc.config.js or aslc.config.mjs, in the working
 * directory or the nearest folder above it that has one. Paths in it are relative to the file.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { lilconfig, type Loader } from "lilconfig";
import { z } from "zod";
import type { Diagnostic } from "../diagnostics.ts";

export const CONFIG_FILES = ["package.json", "aslc.config.json", "aslc.config.js", "aslc.config.mjs"];

const configSchema = z
  .object({
    /** Files or folders searched for workflow modules when the command line names none. @default ["."] */
    paths: z.array(z.string().min(1)).optional(),
    /** The folder handler stubs go to, relative to each workflow module. @default "handlers" */
    handlers: z.string().min(1).optional(),
    /** The tsconfig.json for every workflow. @default the nearest tsconfig.json of each source file */
    tsconfig: z.string().min(1).optional(),
    /** Whether type-check results are kept in node_modules/.cache/aslc between builds. @default true */
    cache: z.boolean().optional(),
  })
  .strict();

export type AslcConfig = z.infer<typeof configSchema>;

export interface LoadedConfig {
  readonly config: AslcConfig;
  /** The file it came from; none when the project has no configuration. */
  readonly file?: string;
}

/** A JSON file that does not parse, at the line and column JSON.parse names. */
class JsonSyntaxError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    message: string,
  ) {
    super(message);
  }
}

const loadJson: Loader = (file, content) => {
  try {
    return JSON.parse(content);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = Number(/position (\d+)/.exec(message)?.[1] ?? 0);
    const before = content.slice(0, offset).split("\n");
    throw new JsonSyntaxError(file, before.length, before[before.length - 1]!.length + 1, message.replace(/ in JSON at position \d+.*$/, ""));
  }
};

function problem(message: string, site?: Diagnostic["site"]): Diagnostic {
  return { code: "ASLC356", severity: "error", message, site };
}

/** The configuration that applies in `cwd`, with its paths made absolute; or what is wrong with it. */
export async function loadConfig(cwd: string): Promise<LoadedConfig | { diagnostics: Diagnostic[] }> {
  const search = lilconfig("aslc", { searchPlaces: CONFIG_FILES, loaders: { ".json": loadJson, noExt: loadJson }, stopDir: "/" });
  let found;
  try {
    found = await search.search(cwd);
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      return { diagnostics: [problem(`${error.file} is not valid JSON: ${error.message}: fix the syntax at this position`, { file: error.file, line: error.line, column: error.column })] };
    }
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { diagnostics: [problem(`the aslc config cannot be loaded: ${message}: fix the file it names`)] };
  }
  if (!found || found.isEmpty) return { config: {} };
  const parsed = configSchema.safeParse(found.config);
  const site = { file: found.filepath, ...position(found.filepath) };
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.length > 0 ? `"${i.path.join(".")}": ` : ""}${i.message}`).join("; ");
    return { diagnostics: [problem(`the aslc config is not valid: ${issues}: allowed keys are paths (a list of folders), handlers (a folder), tsconfig (a file) and cache (true or false)`, site)] };
  }
  const dir = dirname(found.filepath);
  const config = parsed.data;
  return {
    file: found.filepath,
    config: {
      ...config,
      paths: config.paths?.map((p) => resolve(dir, p)),
      tsconfig: config.tsconfig ? resolve(dir, config.tsconfig) : undefined,
    },
  };
}

/** Where the configuration starts in its file: the `"aslc"` key of a package.json, else line 1. */
function position(file: string): { line: number; column: number } {
  if (!file.endsWith("package.json")) return { line: 1, column: 1 };
  const before = readFileSync(file, "utf8").split('"aslc"')[0]!.split("\n");
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}
