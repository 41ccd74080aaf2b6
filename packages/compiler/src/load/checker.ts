/**
 * How a build type-checks: on a worker thread when the compiler runs from its bundle (the
 * worker's bundle sits beside it), otherwise in this thread. Either way the checker is kept
 * between builds.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Diagnostic } from "../diagnostics.ts";
import { TypeChecker } from "./type-check.ts";
import type { CheckRequest, CheckResponse } from "./type-check-worker.ts";

export interface Checker {
  check(files: readonly string[], roots: readonly string[]): Promise<Diagnostic[]>;
  /** Frees what the checker holds (its thread, if it has one). */
  close(): Promise<void>;
}

class ThreadChecker implements Checker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (d: Diagnostic[]) => void; reject: (e: Error) => void }>();
  private next = 0;

  constructor(
    script: URL,
    private readonly cwd: string,
  ) {
    this.worker = new Worker(script);
    // The thread must not keep the process alive while no check is waiting on it.
    this.worker.unref();
    this.worker.on("message", (response: CheckResponse) => {
      const waiting = this.pending.get(response.id);
      if (!waiting) return;
      this.pending.delete(response.id);
      if (this.pending.size === 0) this.worker.unref();
      if ("error" in response) waiting.reject(new Error(`the type checker failed: ${response.error}`));
      else waiting.resolve(response.diagnostics);
    });
    this.worker.on("error", (error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    });
  }

  check(files: readonly string[], roots: readonly string[]): Promise<Diagnostic[]> {
    const id = ++this.next;
    this.worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, cwd: this.cwd, files, roots } satisfies CheckRequest);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

class InThreadChecker implements Checker {
  constructor(private readonly checker: TypeChecker) {}

  async check(files: readonly string[], roots: readonly string[]): Promise<Diagnostic[]> {
    return this.checker.check(files, roots);
  }

  async close(): Promise<void> {}
}

export async function createChecker(cwd: string): Promise<Checker> {
  const script = new URL("./type-check-worker.mjs", import.meta.url);
  if (script.protocol === "file:" && existsSync(fileURLToPath(script))) return new ThreadChecker(script, cwd);
  return new InThreadChecker(await TypeChecker.create(cwd));
}
