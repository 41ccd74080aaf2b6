/**
 * TypeScript 7's native language server (native-server.ts), one process for every file, which
 * loads no plugins. It runs in another process, so each operation is read on the wall clock
 * alone: this process's CPU time only counts its wait.
 */
import { timedElsewhere } from "../clock.ts";
import type { Answer } from "./answers.ts";
import type { Engine, EngineFile } from "./engine.ts";
import { nativeExecutable, startNativeServer, type NativeServer } from "./native-server.ts";
import type { Operation } from "./operations.ts";

const ERROR = 1;

async function ask(server: NativeServer, fileName: string, op: Operation, at: number): Promise<Answer> {
  if (op === "diagnostics") {
    const diagnostics = await server.diagnostics(fileName);
    return { kind: "diagnostics", errors: diagnostics.filter((d) => d.severity === ERROR).map((d) => d.message) };
  }
  if (op === "quick info") return { kind: "quick info", text: await server.hover(fileName, at) };
  return { kind: "completions", entries: await server.completions(fileName, at) };
}

/**
 * The engine over a server started on the workspace at `root` (whose tsconfig.json holds the
 * options, and whose files must all be on disk already: the server watches no files), or why it
 * cannot start.
 */
export async function typeScript7(root: string): Promise<Engine | { readonly missing: string }> {
  const executable = await nativeExecutable();
  if ("missing" in executable) return executable;
  let server: NativeServer;
  try {
    server = await startNativeServer(executable.path, { root });
  } catch (error) {
    return { missing: error instanceof Error ? error.message : String(error) };
  }
  return {
    title: "TypeScript 7 native language server (no plugins)",
    name: "TypeScript 7 (native, no plugins)",
    clocks: ["wall"],
    plugins: false,
    notes: [
      "Its diagnostics are pulled with textDocument/diagnostic: syntactic, semantic and suggestion diagnostics at once (TypeScript 6's row: semantic alone).",
      "One server holds every file in one project (the folder's tsconfig.json): the first file it opens, the first baseline, also loads that project in its first check.",
      "Its quick info shows the payload in the DSL's internal encoding: the plugin that shows it plain does not run.",
    ],
    async open(fileName, text): Promise<EngineFile> {
      server.open(fileName, text);
      return {
        setText: (next) => server.change(fileName, next),
        async ask(op, at) {
          const { reading, result } = await timedElsewhere(() => ask(server, fileName, op, at));
          return { time: reading, answer: result };
        },
        close: async () => server.close(fileName),
      };
    },
    dispose: () => server.shutdown(),
  };
}
