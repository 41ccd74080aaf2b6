/**
 * JSON-RPC over a child process's stdio, framed as the Language Server Protocol frames it
 * (vscode-jsonrpc does the framing and the matching of answers to requests). What it adds for the
 * benchmark: a time limit on every request, and a server that stops (or a stream that breaks)
 * fails whatever waits for it at once, and every request after, rather than leave it waiting.
 * The server's own requests (`workspace/configuration`, `client/registerCapability`, …) are
 * answered by handlers, or with null, which tells the server the client has nothing to say.
 */
import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";

type Handler = (params: unknown) => unknown;

export class JsonRpcConnection {
  private readonly connection: MessageConnection;
  private readonly requestHandlers = new Map<string, Handler>();
  /** How to fail each request still waiting (with its method named), so that a stopped server fails them at once. */
  private readonly waiting = new Set<(error: Error) => void>();
  /** Why the connection can no longer answer, once it cannot. */
  private closed: Error | undefined;

  constructor(
    child: ChildProcessWithoutNullStreams,
    /** How long a request may wait for its response. */
    private readonly timeoutMs: number,
  ) {
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    this.connection.onRequest((method, params) => this.requestHandlers.get(method)?.(params) ?? null);
    this.connection.onError(([error]) => this.fail(error));
    child.on("exit", (code, signal) => this.fail(new Error(`the server exited (${signal ?? code}) before it answered`)));
    child.on("error", (error) => this.fail(error));
    child.stdin.on("error", (error) => this.fail(error));
    this.connection.listen();
  }

  /** Answers the server's requests named `method` with what `handler` returns. */
  onRequest(method: string, handler: Handler): void {
    this.requestHandlers.set(method, handler);
  }

  /** Sends a notification; `params` left out where the method takes none (`exit`). */
  notify(method: string, params?: unknown): void {
    if (this.closed) return;
    const sent = params === undefined ? this.connection.sendNotification(method) : this.connection.sendNotification(method, params);
    sent.catch((error: Error) => this.fail(error));
  }

  /** Sends a request and resolves with its result; rejects on an error response, a timeout or a closed connection. */
  request<T>(method: string, params?: unknown): Promise<T> {
    if (this.closed) return Promise.reject(new Error(`${method}: ${this.closed.message}`));
    return new Promise<T>((resolve, reject) => {
      const failed = (error: Error) => stop(new Error(`${method}: ${error.message}`));
      const stop = (error: Error) => {
        clearTimeout(timer);
        this.waiting.delete(failed);
        reject(error);
      };
      const timer = setTimeout(() => stop(new Error(`${method} got no answer within ${this.timeoutMs} ms`)), this.timeoutMs);
      this.waiting.add(failed);
      // Params left out rather than sent as undefined, which the library would send as `[null]`.
      (params === undefined ? this.connection.sendRequest<T>(method) : this.connection.sendRequest<T>(method, params)).then((result) => {
        clearTimeout(timer);
        this.waiting.delete(failed);
        resolve(result ?? (null as T));
      }, failed);
    });
  }

  /** Fails every request still waiting, and any later one, with `error`; the connection is let go. */
  private fail(error: Error): void {
    if (this.closed) return;
    this.closed = error;
    for (const failed of [...this.waiting]) failed(error);
    this.connection.dispose();
  }
}
