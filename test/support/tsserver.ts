/**
 * A tsserver process, as an editor runs it: the TypeScript installed in the repository, started
 * with no options, speaking its protocol (Content-Length framed JSON) over stdio.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createRequire } from "node:module";

/** The repository's own tsserver. */
const REPOSITORY_TSSERVER = createRequire(import.meta.url).resolve("typescript/lib/tsserver.js");

export interface TsServer {
  /** Sends a request and resolves with its response's body. */
  request<T = unknown>(command: string, args: unknown): Promise<T>;
  /** Sends a request that tsserver may not answer (`open`: older versions send no response). */
  send(command: string, args: unknown): void;
  close(): void;
}

/** What hovering the first occurrence of `word` in `file` (whose text is `text`) shows, on one line. */
export async function hoverInTsServer(server: TsServer, file: string, text: string, word: string): Promise<string> {
  server.send("open", { file, fileContent: text });
  const lines = text.split("\n");
  const line = lines.findIndex((content) => content.includes(word)) + 1;
  if (line === 0) throw new Error(`${word} is not in ${file}`);
  const offset = lines[line - 1]!.indexOf(word) + 1;
  const info = await server.request<{ displayString: string }>("quickinfo", { file, line, offset });
  return info.displayString.replace(/\s+/g, " ");
}

/**
 * The names of the completions offered in `file` (whose text is `text`) right after the first
 * occurrence of `before`.
 */
export async function completionsInTsServer(server: TsServer, file: string, text: string, before: string): Promise<string[]> {
  server.send("open", { file, fileContent: text });
  const at = text.indexOf(before);
  if (at < 0) throw new Error(`${before} is not in ${file}`);
  const preceding = text.slice(0, at + before.length).split("\n");
  const line = preceding.length;
  const offset = preceding[preceding.length - 1]!.length + 1;
  const info = await server.request<{ entries: readonly { name: string }[] } | undefined>("completionInfo", { file, line, offset });
  return (info?.entries ?? []).map((entry) => entry.name);
}

/** Starts tsserver: the repository's, or the one at `tsserver` (a project's own install). */
export function startTsServer(tsserver = REPOSITORY_TSSERVER): TsServer {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [tsserver], { stdio: "pipe" });
  const pending = new Map<number, { resolve: (body: unknown) => void; reject: (error: Error) => void }>();
  // A tsserver that stops (or never starts) fails what waits for it, rather than leave it hanging.
  child.on("exit", (code) => {
    for (const waiting of pending.values()) waiting.reject(new Error(`tsserver exited (${code}) before it answered`));
    pending.clear();
  });
  let buffer = Buffer.alloc(0);
  let seq = 0;
  child.stdout.on("data", (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const header = buffer.indexOf("\r\n\r\n");
      if (header < 0) return;
      const length = Number(/Content-Length: (\d+)/.exec(buffer.subarray(0, header).toString())?.[1]);
      if (buffer.length < header + 4 + length) return;
      const message = JSON.parse(buffer.subarray(header + 4, header + 4 + length).toString());
      buffer = buffer.subarray(header + 4 + length);
      if (message.type !== "response") continue;
      const waiting = pending.get(message.request_seq);
      pending.delete(message.request_seq);
      if (message.success) waiting?.resolve(message.body);
      else waiting?.reject(new Error(`tsserver ${message.command}: ${message.message}`));
    }
  });
  return {
    request: (command, args) =>
      new Promise((resolve, reject) => {
        const id = ++seq;
        pending.set(id, { resolve: resolve as (body: unknown) => void, reject });
        child.stdin.write(`${JSON.stringify({ seq: id, type: "request", command, arguments: args })}\n`);
      }),
    send: (command, args) => {
      child.stdin.write(`${JSON.stringify({ seq: ++seq, type: "request", command, arguments: args })}\n`);
    },
    close: () => child.kill(),
  };
}
