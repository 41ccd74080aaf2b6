/**
 * A TypeScript language service over one in-memory file, as an editor runs it: the file's text
 * lives in memory and changes with each edit; everything else (the DSL's declarations, zod, the
 * default library) is read from disk through node_modules, as in an author's project. The DSL's
 * editor plugin (`@aslc/dsl/editor`, which `aslc init` configures) wraps the service as tsserver
 * loads it, so quick info is what an author's editor shows.
 */
import { createRequire } from "node:module";
import ts from "typescript";
import { timed, type Reading } from "../clock.ts";
import { COMPILER_OPTIONS as TSCONFIG_OPTIONS } from "../workflows/compiler-options.ts";

/** The options a user's project would check a workflow with (those every benchmark uses), in the service's form. */
export const COMPILER_OPTIONS: ts.CompilerOptions = ts.convertCompilerOptionsFromJson(TSCONFIG_OPTIONS, ts.sys.getCurrentDirectory()).options;

/** The plugin's module as tsserver finds it by the name in tsconfig.json's "plugins": the built package's entry. */
const pluginModule = createRequire(import.meta.url)("@aslc/dsl/editor") as ts.server.PluginModuleFactory;

export interface EditedFile {
  /** The service the editor talks to: TypeScript's, wrapped by the DSL's plugin. */
  readonly service: ts.LanguageService;
  readonly fileName: string;
  /** What TypeScript's own quick info took in the last `service.getQuickInfoAtPosition` (the rest is the plugin's). */
  lastTypeScriptQuickInfo(): Reading | undefined;
  /** Replaces the file's text: a new version, as after a keystroke. */
  setText(text: string): void;
  dispose(): void;
}

/**
 * What tsserver hands a plugin's `create`: the service and its host, the project (of which the
 * plugin uses nothing, so a minimal stand-in) and the plugin's entry in tsconfig.json.
 */
function pluginInfo(languageService: ts.LanguageService, languageServiceHost: ts.LanguageServiceHost): ts.server.PluginCreateInfo {
  const project = { getCurrentDirectory: () => languageServiceHost.getCurrentDirectory(), getCompilerOptions: () => COMPILER_OPTIONS };
  return { languageService, languageServiceHost, project, serverHost: ts.sys, config: { name: "@aslc/dsl/editor" } } as unknown as ts.server.PluginCreateInfo;
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
  const typescriptService = ts.createLanguageService(host, ts.createDocumentRegistry());
  // TypeScript's quick info, timed where the plugin calls it.
  let typeScriptQuickInfo: Reading | undefined;
  const timedService: ts.LanguageService = {
    ...typescriptService,
    getQuickInfoAtPosition: (...args) => {
      let info: ts.QuickInfo | undefined;
      typeScriptQuickInfo = timed(() => (info = typescriptService.getQuickInfoAtPosition(...args)));
      return info;
    },
  };
  const service = pluginModule({ typescript: ts }).create(pluginInfo(timedService, host));
  return {
    service,
    fileName,
    lastTypeScriptQuickInfo: () => typeScriptQuickInfo,
    setText(next) {
      current = next;
      version++;
      typeScriptQuickInfo = undefined;
    },
    dispose: () => typescriptService.dispose(),
  };
}
