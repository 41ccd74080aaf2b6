/**
 * The type checker on a thread of its own: a build type-checks here while the main thread
 * loads, validates and renders the workflows, so the two run side by side. The checker (and
 * its program) stays warm between requests, which is what watch mode relies on.
 */
import { parentPort } from "node:worker_threads";
import type { Diagnostic } from "../diagnostics.ts";
import { TypeChecker } from "./type-check.ts";

export interface CheckRequest {
  readonly id: number;
  readonly cwd: string;
  readonly files: readonly string[];
  readonly roots: readonly string[];
}

export type CheckResponse = { readonly id: number; readonly diagnostics: Diagnostic[] } | { readonly id: number; readonly error: string };

let checker: Promise<TypeChecker> | undefined;

parentPort?.on("message", async (request: CheckRequest) => {
  try {
    checker ??= TypeChecker.create(request.cwd);
    const diagnostics = (await checker).check(request.files, request.roots);
    parentPort!.postMessage({ id: request.id, diagnostics } satisfies CheckResponse);
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies CheckResponse);
  }
});
