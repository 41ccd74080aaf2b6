/**
 * The schemas an imported workflow declares, inferred from what its definition reads: the
 * workflow's input, and the result of each state that does work and names no typed result.
 *
 * The payload is followed through the states with each part kept as where it came from
 * (infer/provenance-flow.ts); every path a state reads becomes a demand on that origin, and
 * each origin's schema is what its demands need (infer/needs.ts): a path a BooleanEquals reads
 * is a boolean, a NumericGreaterThan path a number, an ItemsPath an array, `unknown` where
 * nothing says more or where reads disagree. A field is required, except where an IsPresent rule
 * tests it: the DSL takes IsPresent only on a field that may be absent, and reading an optional
 * field elsewhere is allowed. Objects hold only the fields read: the DSL checks what is read.
 */
import { allStates, type StateNode, type SubMachine, type WorkflowIR } from "@aslc/dsl";
import type { ZodType } from "zod";
import { provenanceFlow } from "./infer/provenance-flow.ts";

export interface InferredSchemas {
  /** The workflow's input. */
  readonly input: ZodType;
  /** By state name: the result its work returns (for lambda.invoke, the handler's return value, before the Payload wrapper). */
  readonly results: ReadonlyMap<string, ZodType>;
}

export function inferSchemas(workflow: WorkflowIR): InferredSchemas {
  const needs = provenanceFlow(workflow);
  const results = new Map<string, ZodType>();
  for (const state of allStates(workflow)) {
    // Only a read that says what the result is gives a schema: unknown is what an undeclared result already is.
    if (state.type === "Task" && needs.constrains(`result:${state.name}`)) results.set(state.name, needs.schemaOf(`result:${state.name}`));
  }
  return { input: needs.schemaOf("input"), results };
}

/** The workflow with the inferred input and task results declared, as the imported module declares them. */
export function withInferredSchemas(workflow: WorkflowIR, inferred: InferredSchemas): WorkflowIR {
  const state = (node: StateNode): StateNode => {
    const result = inferred.results.get(node.name);
    if (node.type === "Task") return result === undefined ? node : { ...node, resultSchema: result };
    if (node.type === "Parallel") return { ...node, branches: node.branches.map(machine) };
    if (node.type === "Map") {
      return {
        ...node,
        ...(node.itemProcessor ? { itemProcessor: { ...node.itemProcessor, ...machine(node.itemProcessor) } } : {}),
        ...(node.iterator ? { iterator: { ...node.iterator, ...machine(node.iterator) } } : {}),
      };
    }
    return node;
  };
  const machine = (m: SubMachine): SubMachine => ({ ...m, states: m.states.map(state) });
  return { ...workflow, inputSchema: inferred.input, states: workflow.states.map(state) };
}
