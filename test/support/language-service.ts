/**
 * The TypeScript language service (what every editor asks) over one workflow source, to test
 * what an author is offered while typing: completions at a cursor, and the errors found.
 */
import path from "node:path";
import { createRequire } from "node:module";
import ts from "typescript";
import { repoCompilerOptions } from "./expect-error-directives.ts";
import { REPO } from "./temp-project.ts";

/** Where the cursor stands in a source given to `completionsAt`. */
export const CURSOR = "/*|*/";

const options = repoCompilerOptions(path.join(REPO, "tsconfig.json"));

/** One registry for every service: the libraries' files are parsed once. */
const registry = ts.createDocumentRegistry();
let sources = 0;

/** A language service holding one file; the file sits in the repository so that packages resolve. */
function serviceFor(text: string): { service: ts.LanguageService; file: string } {
  // A file of its own per source: the shared registry keeps a file's text by its name and version.
  const file = path.join(REPO, ".tmp", "language-service", `workflow-${process.pid}-${++sources}.ts`);
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => [file],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => {
      if (name === file) return ts.ScriptSnapshot.fromString(text);
      const content = ts.sys.readFile(name);
      return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
    },
    getCurrentDirectory: () => REPO,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? text : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  return { service: ts.createLanguageService(host, registry), file };
}

/**
 * The names of the completion entries offered where CURSOR stands (the marker is removed): by
 * TypeScript's own language service or, with `{ plugin: true }`, with the DSL's editor plugin.
 */
export function completionsAt(source: string, { plugin = false }: { plugin?: boolean } = {}): string[] {
  return completionInfoAt(source, { plugin })?.entries.map((entry) => entry.name) ?? [];
}

/** The whole completion answer where CURSOR stands, and where the cursor was. */
export function completionInfoAt(source: string, { plugin = false }: { plugin?: boolean } = {}): (ts.CompletionInfo & { position: number }) | undefined {
  const position = source.indexOf(CURSOR);
  if (position < 0) throw new Error(`the source has no ${CURSOR} marker`);
  const text = source.replace(CURSOR, "");
  const { service, file } = serviceFor(text);
  const shown = plugin ? editorPlugin.decorateLanguageService(ts, service) : service;
  const completions = shown.getCompletionsAtPosition(file, position, { includeCompletionsWithInsertText: true });
  return completions && { ...completions, position };
}

/** The messages of the errors the editor shows in a source, one line each. */
export function errorsIn(source: string): string[] {
  const { service, file } = serviceFor(source);
  return service.getSemanticDiagnostics(file).map((d) => ts.flattenDiagnosticMessageText(d.messageText, " "));
}

/** The DSL's language service plugin, as tsserver loads it: the built package's CommonJS entry. */
const editorPlugin = createRequire(import.meta.url)("@aslc/dsl/editor") as {
  decorateLanguageService(typescript: typeof ts, service: ts.LanguageService): ts.LanguageService;
};

/**
 * What hovering the identifier where CURSOR stands shows (the marker is removed), as one string:
 * with the DSL's editor plugin (`"plugins": [{ "name": "@aslc/dsl/editor" }]`) or, with
 * `{ plugin: false }`, TypeScript's own quick info.
 */
export function hoverAt(source: string, { plugin = true }: { plugin?: boolean } = {}): string {
  const position = source.indexOf(CURSOR);
  if (position < 0) throw new Error(`the source has no ${CURSOR} marker`);
  const text = source.replace(CURSOR, "");
  const { service, file } = serviceFor(text);
  const shown = plugin ? editorPlugin.decorateLanguageService(ts, service) : service;
  return ts.displayPartsToString(shown.getQuickInfoAtPosition(file, position)?.displayParts);
}
