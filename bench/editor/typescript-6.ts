/**
 * TypeScript 6's language service (the engine behind tsserver), one per open file, wrapped by the
 * DSL's editor plugin as tsserver loads it (language-service.ts). It runs in this process, so
 * each operation is read on all three clocks, and a hover also gives the plugin's share.
 */
import ts from "typescript";
import { CLOCKS, timed, type Reading } from "../clock.ts";
import type { Answer } from "./answers.ts";
import type { Engine, EngineFile } from "./engine.ts";
import { openFile, type EditedFile } from "./language-service.ts";
import type { Operation } from "./operations.ts";

function ask(file: EditedFile, op: Operation, at: number): { time: Reading; answer: Answer } {
  const { service, fileName } = file;
  if (op === "diagnostics") {
    let diagnostics: readonly ts.Diagnostic[] = [];
    const time = timed(() => (diagnostics = service.getSemanticDiagnostics(fileName)));
    const errors = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error).map((d) => ts.flattenDiagnosticMessageText(d.messageText, " "));
    return { time, answer: { kind: "diagnostics", errors } };
  }
  if (op === "quick info") {
    let info: ts.QuickInfo | undefined;
    const time = timed(() => (info = service.getQuickInfoAtPosition(fileName, at)));
    return { time, answer: { kind: "quick info", text: ts.displayPartsToString(info?.displayParts) } };
  }
  let completions: ts.CompletionInfo | undefined;
  const time = timed(() => (completions = service.getCompletionsAtPosition(fileName, at, {})));
  return { time, answer: { kind: "completions", entries: completions?.entries.map((entry) => entry.name) ?? [] } };
}

function difference(total: Reading, part: Reading): Reading {
  return { wall: total.wall - part.wall, cpu: total.cpu - part.cpu, thread: total.thread - part.thread };
}

export function typeScript6(): Engine {
  return {
    title: "TypeScript 6 language service, with the @aslc/dsl/editor plugin",
    name: "TypeScript 6 (with the plugin)",
    clocks: CLOCKS,
    plugins: true,
    notes: ['"quick info: plugin" is the plugin\'s share of the hover (not judged).'],
    async open(fileName, text): Promise<EngineFile> {
      const file = openFile(fileName, text);
      return {
        setText: (next) => file.setText(next),
        async ask(op, at) {
          const asked = ask(file, op, at);
          // The whole hover less TypeScript's own quick info inside it.
          const own = op === "quick info" ? file.lastTypeScriptQuickInfo() : undefined;
          return own === undefined ? asked : { ...asked, plugin: difference(asked.time, own) };
        },
        close: async () => file.dispose(),
      };
    },
    dispose: async () => {},
  };
}
