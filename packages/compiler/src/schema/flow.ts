/**
 * The schema flow of a whole workflow: for every state (inside Parallel branches and Map item
 * processors too), the schema of its input and of its output, and the workflow variables it
 * can read.
 *
 * Each scope is swept in IR order and each state's input is the union of what its
 * predecessors hand it (deduplicated, in the order of the sources); each variable's schema is
 * the union of what the transitions that carry it give it. A loop (`goto`) can make a
 * state's input depend on states listed after it, so sweeps repeat until no transition carries
 * a different schema; a loop whose payload keeps growing is cut off and reported.
 */
import { z, type ZodType } from "zod";
import { contextObjectSchema, innerScopes, rootScope, scopeTitle, statesInOrder, type Scope, type StateNode, type SubMachine, type WorkflowIR } from "@aslc/dsl";
import type { FlowProblem, SchemaFlow, StateSchemas } from "./flow-types.ts";
import { fingerprint } from "./schema-identity.ts";
import { transfer, type TransferEnv } from "./state-transfer.ts";
import { unionOf } from "./union.ts";
import { mergeVariables, NO_VARIABLES, variablesKey, type Variables } from "./variable-scope.ts";

/** Sweeps after which a loop whose payload still changes is given up on. */
const MAX_SWEEPS = 12;

interface Arrival {
  /** Position of the source state in its scope, then of the edge among the source's edges. */
  readonly source: number;
  readonly edge: number;
  readonly schema: ZodType;
  readonly variables: Variables;
  readonly key: string;
}

/**
 * The flow of each workflow, computed once: validation (field references), the handler
 * contracts and the stubs all read it, and the IR it is computed from is frozen.
 */
const flows = new WeakMap<WorkflowIR, SchemaFlow>();

export function flowSchemas(workflow: WorkflowIR): SchemaFlow {
  let flow = flows.get(workflow);
  if (!flow) flows.set(workflow, (flow = computeFlow(workflow)));
  return flow;
}

function computeFlow(workflow: WorkflowIR): SchemaFlow {
  const records = new Map<string, StateSchemas>();
  const scopeProblems: FlowProblem[] = [];
  const shared: SharedEnv = {
    executionInput: workflow.inputSchema,
    context: contextObjectSchema(workflow.inputSchema),
    expressionSchemas: workflow.expressionSchemas,
    // Nested states fall back to the workflow's language, not the enclosing state's.
    languageOf: (state) => state.queryLanguage ?? workflow.queryLanguage ?? "JSONPath",
  };
  const run = (scope: Scope, entry: ScopeEntry): ZodType => {
    const env: TransferEnv = {
      ...shared,
      runInner: (state, input, variables) => innerScopes(state, scope).map((inner) => run(inner, { schema: input, variables })),
    };
    return runScope(scope.machine, entry, scopeTitle(scope), env, records, scopeProblems);
  };
  const output = run(rootScope(workflow), { schema: workflow.inputSchema, variables: NO_VARIABLES });

  const states = new Map<string, StateSchemas>();
  for (const { state, scope } of statesInOrder(workflow)) {
    states.set(state.name, records.get(state.name) ?? unreached(state, scopeTitle(scope)));
  }
  const problems: FlowProblem[] = [];
  for (const record of states.values()) {
    for (const message of record.problems) problems.push({ state: record.name, scope: record.scope, message });
  }
  problems.push(...dedupe(scopeProblems));
  return { workflow: workflow.name, states, output, problems };
}

/** What the transfers of every scope share. */
type SharedEnv = Omit<TransferEnv, "runInner">;

/** What enters a scope: the payload and the variables it starts with. */
interface ScopeEntry {
  readonly schema: ZodType;
  readonly variables: Variables;
}

function runScope(
  machine: SubMachine,
  entry: ScopeEntry,
  label: string,
  env: TransferEnv,
  records: Map<string, StateSchemas>,
  scopeProblems: FlowProblem[],
): ZodType {
  const arrivals = new Map<string, Map<string, Arrival>>();
  const terminals = new Map<number, ZodType>();
  for (let sweep = 1; ; sweep++) {
    let changed = false;
    for (const [position, state] of machine.states.entries()) {
      const arriving: ScopeEntry[] = [...(arrivals.get(state.name)?.values() ?? [])].sort((a, b) => a.source - b.source || a.edge - b.edge);
      if (state.name === machine.startAt) arriving.unshift(entry);
      if (arriving.length === 0) continue;
      const stateInput = unionOf(arriving.map((a) => a.schema));
      const variables = mergeVariables(arriving.map((a) => a.variables));
      const step = transfer(state, stateInput, variables, env);
      records.set(state.name, { name: state.name, type: state.type, scope: label, input: stateInput, variables, ...step.schemas });
      step.edges.forEach((edge, i) => {
        const key = `${fingerprint(edge.schema)}|${variablesKey(edge.variables)}`;
        if (arrive(arrivals, edge.target, { source: position, edge: i, schema: edge.schema, variables: edge.variables, key })) changed = true;
      });
      if (step.terminal) terminals.set(position, step.terminal);
    }
    if (!changed) break;
    if (sweep >= MAX_SWEEPS) {
      scopeProblems.push({
        state: machine.startAt,
        scope: label,
        message: `the payload still changes around a loop after ${MAX_SWEEPS} passes (a state nests its own input?): the schemas shown are from the last pass`,
      });
      break;
    }
  }
  return unionOf([...terminals.entries()].sort(([a], [b]) => a - b).map(([, schema]) => schema));
}

/** Records what an edge carries; true when that differs from what it carried before. */
function arrive(arrivals: Map<string, Map<string, Arrival>>, target: string, arrival: Arrival): boolean {
  let byEdge = arrivals.get(target);
  if (!byEdge) arrivals.set(target, (byEdge = new Map()));
  const id = `${arrival.source}:${arrival.edge}`;
  if (byEdge.get(id)?.key === arrival.key) return false;
  byEdge.set(id, arrival);
  return true;
}

/** A state no transition reaches: nothing arrives, nothing leaves. */
function unreached(state: StateNode, scope: string): StateSchemas {
  return { name: state.name, type: state.type, scope, input: z.never(), variables: NO_VARIABLES, output: z.never(), problems: [] };
}

function dedupe(problems: readonly FlowProblem[]): FlowProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.scope}\u0000${p.state}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
