/**
 * What a workflow reads from the results its integrations describe. The schema inference leaves
 * such a result alone, as the descriptor types it already; but a typed helper makes the DSL's
 * types check every read of it, where the Resource written as text reads as unknown. Inferred
 * again as if no integration described any result, the same inference says what each of those
 * results must hold for its typed helper to be chosen.
 */
import type { ItemProcessor, StateNode, SubMachine, WorkflowIR } from "@aslc/dsl";
import type { ZodType } from "zod";
import { inferSchemas } from "../infer-schemas.ts";

/** A state with no described result anywhere in it. */
function undescribedState(state: StateNode): StateNode {
  switch (state.type) {
    case "Task":
      return state.integration.descriptor === undefined ? state : { ...state, integration: { ...state.integration, descriptor: undefined } };
    case "Parallel":
      return { ...state, branches: state.branches.map(undescribedMachine) };
    case "Map":
      return {
        ...state,
        ...(state.itemProcessor === undefined ? {} : { itemProcessor: undescribedMachine(state.itemProcessor) as ItemProcessor }),
        ...(state.iterator === undefined ? {} : { iterator: undescribedMachine(state.iterator) as ItemProcessor }),
      };
    default:
      return state;
  }
}

function undescribedMachine<M extends SubMachine>(machine: M): M {
  return { ...machine, states: machine.states.map(undescribedState) };
}

const reads = new WeakMap<WorkflowIR, ReadonlyMap<string, ZodType>>();

/** By Task name: what the workflow reads from the task's result (absent: nothing that says what it is). */
export function describedResultReads(workflow: WorkflowIR): ReadonlyMap<string, ZodType> {
  let found = reads.get(workflow);
  if (found === undefined) {
    found = inferSchemas(undescribedMachine(workflow)).results;
    reads.set(workflow, found);
  }
  return found;
}
