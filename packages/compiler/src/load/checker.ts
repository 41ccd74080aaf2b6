/**
 * How a build type-checks: on a worker thread when the compiler runs from its bundle (the
 * worker's bundle sits beside it), otherwise in this thread. Either way there is one checker
 * per tsconfig, kept between builds.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Diagnostic } from "../diagnostics.ts";
import type { FileRecordEntries } from "./file-record.ts";
import { TypeChecker } from "./type-check.ts";
import type { CheckRequest, CheckResponse } from "./type-check-worker.ts";

/** One program's worth of checking: the files under one tsconfig (or none). */
export interface CheckGroup {
  /** The tsconfig.json whose options apply. @default aslc's own options */
  readonly tsconfig?: string;
  readonly files: readonly string[];
  /** Folders whose files' diagnostics are reported (library code never is). */
  readonly roots: readonly string[];
}

export interface CheckOutcome {
  readonly diagnostics: Diagnostic[];
  /** What the check read from disk: while it all stays the same, so does the outcome. */
  readonly record: FileRecordEntries;
}

export interface Checker {
  check(group: CheckGroup): Promise<CheckOutcome>;
  /** Frees what the checker holds (its thread, if it has one). */
  close(): Promise<void>;
}

class ThreadChecker implements Checker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (outcome: CheckOutcome) => void; reject: (e: Error) => void }>();
  private next = 0;

  constructor(script: URL) {
    this.worker = new Worker(script);
    // The thread must not keep the process alive while no check is waiting on it.
    this.worker.unref();
    this.worker.on("message", (response: CheckResponse) => {
      const waiting = this.pending.get(response.id);
      if (!waiting) return;
      this.pending.delete(response.id);
      if (this.pending.size === 0) this.worker.unref();
      if ("error" in response) waiting.reject(new Error(`the type checker failed: ${response.error}`));
      else waiting.resolve(response);
    });
    this.worker.on("error", (error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    });
  }

  check(group: CheckGroup): Promise<CheckOutcome> {
    const id = ++this.next;
    this.worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, tsconfig: group.tsconfig ?? null, files: group.files, roots: group.roots } satisfies CheckRequest);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

class InThreadChecker implements Checker {
  private readonly checkers = new Map<string | undefined, Promise<TypeChecker>>();

  async check(group: CheckGroup): Promise<CheckOutcome> {
    let checker = this.checkers.get(group.tsconfig);
    if (!checker) this.checkers.set(group.tsconfig, (checker = TypeChecker.create(group.tsconfig ? { tsconfig: group.tsconfig } : {})));
    const diagnostics = (await checker).check(group.files, group.roots);
    return { diagnostics, record: (await checker).fileRecord() };
  }

  async close(): Promise<void> {}
}

/** A checker for any number of tsconfigs (the argument is kept for callers that pass a folder). */
export async function createChecker(_cwd?: string): Promise<Checker> {
  const script = new URL("./type-check-worker.mjs", import.meta.url);
  if (script.protocol === "file:" && existsSync(fileURLToPath(script))) return new ThreadChecker(script);
  return new InThreadChecker();
}
