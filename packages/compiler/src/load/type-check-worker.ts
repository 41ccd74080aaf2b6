/**
 * The type checker on a thread of its own: a build type-checks here while the main thread
 * loads, validates and renders the workflows, so the two run side by side. A checker per
 * tsconfig (and its program) stays warm between requests, which is what watch mode relies on.
 */
import { parentPort } from "node:worker_threads";
import type { Diagnostic } from "../diagnostics.ts";
import type { FileRecordEntries } from "./file-record.ts";
import { TypeChecker } from "./type-check.ts";

export interface CheckRequest {
  readonly id: number;
  /** The tsconfig.json that applies, or null for aslc's defaults. */
  readonly tsconfig: string | null;
  readonly files: readonly string[];
  readonly roots: readonly string[];
}

export type CheckResponse =
  | { readonly id: number; readonly diagnostics: Diagnostic[]; readonly record: FileRecordEntries }
  | { readonly id: number; readonly error: string };

const checkers = new Map<string | null, Promise<TypeChecker>>();

parentPort?.on("message", async (request: CheckRequest) => {
  try {
    let checker = checkers.get(request.tsconfig);
    if (!checker) checkers.set(request.tsconfig, (checker = TypeChecker.create(request.tsconfig ? { tsconfig: request.tsconfig } : {})));
    const diagnostics = (await checker).check(request.files, request.roots);
    parentPort!.postMessage({ id: request.id, diagnostics, record: (await checker).fileRecord() } satisfies CheckResponse);
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies CheckResponse);
  }
});
