/**
 * JSON-RPC 2.0 over a child process's stdio, framed as the Language Server Protocol frames it:
 * each message is a `Content-Length: <bytes>` header, a blank line, then that many bytes of JSON.
 * Requests go both ways: the client's wait for a response (or fail after a timeout), and the
 * server's (`workspace/configuration`, `client/registerCapability`, …) are answered by handlers,
 * or with null, which tells the server the client has nothing to say.
 */
import type { ChildProcessWithoutNullStreams } from "node:child_process";

type Handler = (params: unknown) => unknown;

interface Waiting {
  readonly method: string;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

interface Message {
  readonly id?: number | string;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly message: string };
}

const HEADER_END = "\r\n\r\n";

export class JsonRpcConnection {
  private nextId = 0;
  private readonly waiting = new Map<number, Waiting>();
  private readonly notificationHandlers = new Map<string, Handler>();
  private readonly requestHandlers = new Map<string, Handler>();
  private buffer = Buffer.alloc(0);
  /** Why the connection can no longer answer, once it cannot. */
  private closed: Error | undefined;

  constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    /** How long a request may wait for its response. */
    private readonly timeoutMs: number,
  ) {
    child.stdout.on("data", (chunk: Buffer) => this.receive(chunk));
    // A server that stops fails whatever waits for it, rather than leave it waiting for the timeout.
    child.on("exit", (code, signal) => this.fail(new Error(`the server exited (${signal ?? code}) before it answered`)));
    child.on("error", (error) => this.fail(error));
    child.stdin.on("error", (error) => this.fail(error));
  }

  /** Calls `handler` with the params of each notification named `method` the server sends. */
  onNotification(method: string, handler: Handler): void {
    this.notificationHandlers.set(method, handler);
  }

  /** Answers the server's requests named `method` with what `handler` returns. */
  onRequest(method: string, handler: Handler): void {
    this.requestHandlers.set(method, handler);
  }

  /** Sends a notification; `params` left out where the method takes none (`exit`). */
  notify(method: string, params?: unknown): void {
    this.send({ jsonrpc: "2.0", method, params });
  }

  /** Sends a request and resolves with its result; rejects on an error response, a timeout or a closed connection. */
  request<T>(method: string, params?: unknown): Promise<T> {
    if (this.closed) return Promise.reject(this.closed);
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`${method} got no answer within ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      const settle = () => {
        clearTimeout(timer);
        this.waiting.delete(id);
      };
      this.waiting.set(id, {
        method,
        resolve: (result) => (settle(), resolve(result as T)),
        reject: (error) => (settle(), reject(error)),
      });
      this.send({ jsonrpc: "2.0", id, method, params });
    });
  }

  /** Fails every request still waiting, and any later one, with `error`. */
  fail(error: Error): void {
    this.closed ??= error;
    for (const waiting of [...this.waiting.values()]) waiting.reject(new Error(`${waiting.method}: ${error.message}`));
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), "utf8");
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}${HEADER_END}`, "ascii"), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf(HEADER_END);
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString("ascii");
      const length = /Content-Length: *(\d+)/i.exec(header)?.[1];
      if (length === undefined) {
        this.fail(new Error(`a message with no Content-Length: ${JSON.stringify(header)}`));
        return;
      }
      const start = headerEnd + HEADER_END.length;
      const end = start + Number(length);
      if (this.buffer.length < end) return;
      const message = JSON.parse(this.buffer.subarray(start, end).toString("utf8")) as Message;
      this.buffer = this.buffer.subarray(end);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method === undefined) {
      // A response to one of our requests.
      const waiting = this.waiting.get(message.id as number);
      if (message.error) waiting?.reject(new Error(`${waiting.method}: ${message.error.message} (code ${message.error.code})`));
      else waiting?.resolve(message.result ?? null);
    } else if (message.id === undefined) {
      this.notificationHandlers.get(message.method)?.(message.params);
    } else {
      const handler = this.requestHandlers.get(message.method);
      this.send({ jsonrpc: "2.0", id: message.id, result: handler ? handler(message.params) : null });
    }
  }
}
