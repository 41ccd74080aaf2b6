/**
 * The DSL's TypeScript language service plugin. Configured in a project's tsconfig.json
 * (`"plugins": [{ "name": "@aslc/dsl/editor" }]`), it makes the editor's hovers show a chain's
 * payload as a plain object type instead of the DSL's internal encoding, and its completions
 * offer the paths a state's options may read (option-path-completions.ts). Everything else the
 * language service answers passes through unchanged; if anything fails, the editor gets
 * TypeScript's own answer.
 */
import type * as ts from "typescript";
import { plainQuickInfo } from "./plain-quick-info.ts";
import { optionPathCompletions, withOptionPaths } from "./option-path-completions.ts";

type TypeScript = typeof ts;

/** The language service with quick info in the author's terms, and the paths options may read completed. */
export function decorateLanguageService(typescript: TypeScript, service: ts.LanguageService): ts.LanguageService {
  const getQuickInfoAtPosition: ts.LanguageService["getQuickInfoAtPosition"] = (fileName, position, ...rest) => {
    const original = service.getQuickInfoAtPosition(fileName, position, ...rest);
    try {
      const program = service.getProgram();
      return program ? plainQuickInfo(typescript, program, fileName, position, original) : original;
    } catch {
      return original;
    }
  };
  const getCompletionsAtPosition: ts.LanguageService["getCompletionsAtPosition"] = (fileName, position, ...rest) => {
    const original = service.getCompletionsAtPosition(fileName, position, ...rest);
    try {
      const program = service.getProgram();
      const paths = program && optionPathCompletions(typescript, program, fileName, position);
      return paths ? withOptionPaths(original, paths) : original;
    } catch {
      return original;
    }
  };
  const decorated: Partial<ts.LanguageService> = { getQuickInfoAtPosition, getCompletionsAtPosition };
  return new Proxy(service, {
    get: (target, key, receiver) => (typeof key === "string" && key in decorated ? decorated[key as keyof ts.LanguageService] : Reflect.get(target, key, receiver)),
  });
}

/** The entry tsserver calls with its own TypeScript module. */
export default function init(modules: { typescript: TypeScript }): ts.server.PluginModule {
  return {
    create: (info) => decorateLanguageService(modules.typescript, info.languageService),
  };
}
