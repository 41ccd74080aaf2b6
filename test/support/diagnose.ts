/** The diagnostics a workflow gets when emitted (empty when it emits cleanly). */
import { buildWorkflow, type Buildable } from "@aslc/dsl";
import { CompileError, emitAsl, type Diagnostic } from "@aslc/compiler";

export function diagnose(workflow: Buildable): readonly Diagnostic[] {
  try {
    emitAsl(buildWorkflow(workflow));
    return [];
  } catch (error) {
    if (error instanceof CompileError) return error.diagnostics;
    throw error;
  }
}

/** The line number in this test file of the first line containing `marker` (a comment tag). */
export function lineOf(source: string, marker: string): number {
  const index = source.split("\n").findIndex((line) => line.includes(marker));
  if (index < 0) throw new Error(`marker ${marker} not found`);
  return index + 1;
}
