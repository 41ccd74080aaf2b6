/**
 * The definition's size (ASLC382). CreateStateMachine and UpdateStateMachine take the definition
 * as a string of at most 1,048,576 characters (API Reference, CreateStateMachine, `definition`:
 * "Maximum length of 1048576"; the service quotas list it as the hard 1 MB "maximum size of state
 * machine definition"). The definition counted is the file as written: it is what SAM's
 * `DefinitionUri`, CDK's `DefinitionBody.fromFile` and `--definition file://` send, whitespace
 * included. Characters are Unicode code points, as AWS API length constraints count strings.
 */
import type { StateNode, WorkflowIR } from "@aslc/dsl";
import type { Diagnostic } from "../diagnostics.ts";
import type { AslObject } from "../emit/asl/emit-asl.ts";

export const MAX_DEFINITION_CHARACTERS = 1_048_576;

function characters(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** The top-level state whose definition is the longest: where the author should look first. */
function largestState(ir: WorkflowIR, definition: AslObject): { readonly state: StateNode; readonly size: number } | undefined {
  const states = (definition as { States?: Record<string, unknown> }).States ?? {};
  let largest: { state: StateNode; size: number } | undefined;
  for (const state of ir.states) {
    const size = characters(JSON.stringify(states[state.name] ?? null));
    if (!largest || size > largest.size) largest = { state, size };
  }
  return largest;
}

export function definitionSizeProblem(ir: WorkflowIR, definition: AslObject, written: string): Diagnostic | undefined {
  // A code point takes one or two UTF-16 units: a text of at most this many units is within the limit.
  if (written.length <= MAX_DEFINITION_CHARACTERS) return undefined;
  const size = characters(written);
  if (size <= MAX_DEFINITION_CHARACTERS) return undefined;
  const fmt = (n: number) => n.toLocaleString("en-US");
  const largest = largestState(ir, definition);
  const where = largest ? `; the largest state is '${largest.state.name}' (${fmt(largest.size)} characters without whitespace)` : "";
  return {
    code: "ASLC382",
    severity: "error",
    workflow: ir.name,
    state: largest?.state.name,
    message: `workflow '${ir.name}': the definition is ${fmt(size)} characters, over the ${fmt(MAX_DEFINITION_CHARACTERS)} Step Functions accepts${where}: keep large data out of the definition (read it at run time from S3 or a parameter, or pass it in the execution input), or split the workflow with a nested state machine (states.startExecution)`,
    site: largest?.state.site ?? ir.site,
  };
}
