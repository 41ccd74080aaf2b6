/**
 * TypeScript 7's native language server (`tsc --lsp --stdio` from typescript@7, installed as
 * `typescript-native` beside TypeScript 6), driven as an editor drives it: the client opens a file,
 * sends each new version of its whole text, and asks for diagnostics, completions and hovers over
 * the Language Server Protocol (json-rpc.ts). The server loads the project from the tsconfig.json
 * nearest to the file, reads everything but the open files from disk, and loads no plugins.
 *
 * The server is another process: what a request costs is the wall time until its answer (the
 * client's own CPU time says nothing about it).
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { JsonRpcConnection } from "./json-rpc.ts";

/** The language server's executable, or why there is none. */
export type NativeExecutable = { readonly path: string } | { readonly missing: string };

/**
 * The binary of the platform's package (`@typescript/typescript-<platform>-<arch>`), found as the
 * package's own `#getExePath` helper finds it; that helper is not among the package's exports, so
 * it is loaded by its path.
 */
export async function nativeExecutable(): Promise<NativeExecutable> {
  try {
    const manifest = createRequire(import.meta.url).resolve("typescript-native/package.json");
    const helper = (await import(pathToFileURL(join(dirname(manifest), "lib", "getExePath.js")).href)) as { default: () => string };
    return { path: helper.default() };
  } catch (error) {
    return { missing: error instanceof Error ? error.message : String(error) };
  }
}

export interface Diagnostic {
  readonly message: string;
  /** 1 error, 2 warning, 3 information, 4 hint. */
  readonly severity?: number;
  readonly range: { readonly start: { readonly line: number; readonly character: number } };
}

export interface NativeServer {
  /** The server's process id, while it runs. */
  readonly pid: number;
  /** Opens `fileName` in the editor with `text` (which need not be what is on disk). */
  open(fileName: string, text: string): void;
  /** A new version of an open file: its whole text, as after a keystroke. */
  change(fileName: string, text: string): void;
  close(fileName: string): void;
  /** The file's diagnostics (syntactic and semantic), pulled with `textDocument/diagnostic`. */
  diagnostics(fileName: string): Promise<Diagnostic[]>;
  /** The labels of the completions offered at `offset` in the file's current text. */
  completions(fileName: string, offset: number): Promise<string[]>;
  /** The text of the hover at `offset`, "" where there is none. */
  hover(fileName: string, offset: number): Promise<string>;
  /** Asks the server to shut down and exit, and waits until it has (killing it if it does not); nothing once it has stopped. */
  shutdown(): Promise<void>;
}

export interface NativeServerOptions {
  /** The workspace's root folder. */
  readonly root: string;
  /**
   * How long any request may take before the server is killed and the request fails.
   * @default 60_000
   */
  readonly timeoutMs?: number;
}

interface OpenDocument {
  readonly uri: string;
  text: string;
  version: number;
}

type MarkupLike = string | { readonly value: string };
interface Hover {
  readonly contents: MarkupLike | readonly MarkupLike[];
}
interface CompletionItem {
  readonly label: string;
}

/** The LSP position (line, UTF-16 column) of a string offset: JavaScript strings count UTF-16 units too. */
function position(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  let line = 0;
  for (let at = before.indexOf("\n"); at >= 0; at = before.indexOf("\n", at + 1)) line++;
  return { line, character: offset - lineStart };
}

function hoverText(hover: Hover | null): string {
  if (hover === null) return "";
  const parts = Array.isArray(hover.contents) ? hover.contents : [hover.contents];
  return parts.map((part: MarkupLike) => (typeof part === "string" ? part : part.value)).join("\n");
}

/**
 * Starts the server at `executable` on the workspace at `root`, and initializes it. The process is
 * killed when a request fails or times out, and when this process exits, so that none outlives
 * its benchmark.
 */
export async function startNativeServer(executable: string, { root, timeoutMs = 60_000 }: NativeServerOptions): Promise<NativeServer> {
  const child = spawn(executable, ["--lsp", "--stdio"], { cwd: root, stdio: "pipe" });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString("utf8")).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  /** Until it exits or is sent the signal that ends it (`killed`: its exit is reported later). */
  const running = () => child.exitCode === null && child.signalCode === null && !child.killed;
  const kill = () => {
    if (running()) child.kill("SIGKILL");
  };
  process.once("exit", kill);
  const connection = new JsonRpcConnection(child, timeoutMs);
  /** A request whose failure takes the server down with it: a server that failed once is not measured again. */
  const request = async <T>(method: string, params?: unknown): Promise<T> => {
    try {
      return await connection.request<T>(method, params);
    } catch (error) {
      kill();
      const detail = stderr.trim() ? `\nthe server's stderr: ${stderr.trim()}` : "";
      throw new Error(`TypeScript 7's language server: ${error instanceof Error ? error.message : String(error)}${detail}`);
    }
  };
  // The server asks for the editor's settings; null leaves each at its default.
  connection.onRequest("workspace/configuration", (params) => (params as { items: unknown[] }).items.map(() => null));

  const rootUri = pathToFileURL(root).href;
  const initialized = await request<{ capabilities: { diagnosticProvider?: unknown } }>("initialize", {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: "bench" }],
    capabilities: {
      textDocument: {
        synchronization: { didSave: false },
        diagnostic: { dynamicRegistration: false },
        completion: { completionItem: { snippetSupport: false } },
        hover: { contentFormat: ["markdown", "plaintext"] },
      },
    },
  });
  if (initialized.capabilities.diagnosticProvider === undefined) {
    kill();
    throw new Error("TypeScript 7's language server offers no pull diagnostics (textDocument/diagnostic), which this client relies on");
  }
  connection.notify("initialized", {});

  const documents = new Map<string, OpenDocument>();
  const documentOf = (fileName: string): OpenDocument => {
    const document = documents.get(fileName);
    if (!document) throw new Error(`${fileName} is not open`);
    return document;
  };
  const at = (fileName: string, offset: number) => {
    const document = documentOf(fileName);
    return { textDocument: { uri: document.uri }, position: position(document.text, offset) };
  };

  return {
    pid: child.pid!,
    open(fileName, text) {
      const document = { uri: pathToFileURL(fileName).href, text, version: 1 };
      documents.set(fileName, document);
      connection.notify("textDocument/didOpen", { textDocument: { uri: document.uri, languageId: "typescript", version: document.version, text } });
    },
    change(fileName, text) {
      const document = documentOf(fileName);
      document.text = text;
      document.version++;
      connection.notify("textDocument/didChange", { textDocument: { uri: document.uri, version: document.version }, contentChanges: [{ text }] });
    },
    close(fileName) {
      connection.notify("textDocument/didClose", { textDocument: { uri: documentOf(fileName).uri } });
      documents.delete(fileName);
    },
    async diagnostics(fileName) {
      const report = await request<{ kind: string; items?: Diagnostic[] }>("textDocument/diagnostic", { textDocument: { uri: documentOf(fileName).uri } });
      if (report.kind !== "full" || !report.items) throw new Error(`TypeScript 7's language server answered diagnostics with a "${report.kind}" report`);
      return report.items;
    },
    async completions(fileName, offset) {
      const result = await request<CompletionItem[] | { items: CompletionItem[] } | null>("textDocument/completion", at(fileName, offset));
      const items = result === null ? [] : Array.isArray(result) ? result : result.items;
      return items.map((item) => item.label);
    },
    async hover(fileName, offset) {
      return hoverText(await request<Hover | null>("textDocument/hover", at(fileName, offset)));
    },
    async shutdown() {
      try {
        // A server already stopped (killed after a failed request) has nothing to shut down, and
        // no error to add to the one that stopped it.
        if (!running()) return;
        await request("shutdown");
        connection.notify("exit");
        const late = setTimeout(kill, timeoutMs);
        await exited;
        clearTimeout(late);
      } finally {
        kill();
        process.removeListener("exit", kill);
      }
    },
  };
}
