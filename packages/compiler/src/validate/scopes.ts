/**
 * A state machine is a tree of scopes: the top level, each Parallel branch and each Map item
 * processor. Transitions stay inside a scope; names are unique across all of them.
 */
import type { StateNode, SubMachine, WorkflowIR } from "@aslc/dsl";

export interface Scope {
  /** How messages name the scope: "the workflow", "branch 2 of Parallel 'Fan out'", … */
  readonly label: string;
  readonly startAt: string;
  readonly states: readonly StateNode[];
}

function* nested(state: StateNode): Generator<Scope> {
  if (state.type === "Parallel") {
    for (const [i, branch] of state.branches.entries()) yield* scopesOf(branch, `branch ${i + 1} of Parallel '${state.name}'`);
  } else if (state.type === "Map") {
    yield* scopesOf(state.itemProcessor, `the item processor of Map '${state.name}'`);
  }
}

function* scopesOf(machine: SubMachine, label: string): Generator<Scope> {
  yield { label, startAt: machine.startAt, states: machine.states };
  for (const state of machine.states) yield* nested(state);
}

export function allScopes(workflow: WorkflowIR): Scope[] {
  return [...scopesOf(workflow, `workflow '${workflow.name}'`)];
}

export function* allStates(workflow: WorkflowIR): Generator<StateNode> {
  for (const scope of allScopes(workflow)) yield* scope.states;
}

/** Every state a state can transition to, by kind of edge. */
export function successors(state: StateNode): { readonly target: string; readonly via: string }[] {
  const edges: { target: string; via: string }[] = [];
  if ("transition" in state && state.transition.next !== undefined) edges.push({ target: state.transition.next, via: "Next" });
  if (state.type === "Choice") {
    state.choices.forEach((rule, i) => edges.push({ target: rule.next, via: `Choices[${i}].Next` }));
    if (state.default !== undefined) edges.push({ target: state.default, via: "Default" });
  }
  if ("catch" in state && state.catch) state.catch.forEach((c, i) => edges.push({ target: c.next, via: `Catch[${i}].Next` }));
  return edges;
}

export function isTerminal(state: StateNode): boolean {
  return state.type === "Succeed" || state.type === "Fail" || ("transition" in state && state.transition.end === true);
}
