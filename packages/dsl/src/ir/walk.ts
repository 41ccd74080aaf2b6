/**
 * A state machine is a tree of scopes: the top level, each Parallel branch and each Map item
 * processor, each a machine of its own. Transitions stay inside a scope; state names are unique
 * across all of them. This is the one walk of that tree: validation, the schema flow, handler
 * contracts and diagrams all list scopes and states through it.
 */
import type { ItemProcessor, MapNode, ParallelNode, StateNode, SubMachine, WorkflowIR } from "./nodes.ts";
import { visitState, type StateVisitor } from "./visit.ts";

/** The state a nested scope belongs to: branch `branch` (from 0) of a Parallel, or a Map's item processor. */
export type ScopeOwner = { readonly state: ParallelNode; readonly branch: number } | { readonly state: MapNode; readonly branch?: undefined };

export interface Scope {
  readonly machine: SubMachine;
  /** Absent for the top level. */
  readonly owner?: ScopeOwner;
  /** The enclosing scope; absent for the top level. */
  readonly parent?: Scope;
}

const NESTED: StateVisitor<readonly { readonly machine: SubMachine; readonly owner: ScopeOwner }[]> = {
  Task: () => [],
  Pass: () => [],
  Wait: () => [],
  Choice: () => [],
  Succeed: () => [],
  Fail: () => [],
  Parallel: (state) => state.branches.map((machine, branch) => ({ machine, owner: { state, branch } })),
  Map: (state) => [{ machine: processorOf(state), owner: { state } }],
};

/** A Map's iteration machine, whichever field holds it (ItemProcessor, or the deprecated Iterator). */
export function processorOf(state: MapNode): ItemProcessor {
  const processor = state.itemProcessor ?? state.iterator;
  if (processor === undefined) throw new TypeError(`Map '${state.name}' has neither ItemProcessor nor Iterator`);
  return processor;
}

/** The scopes a state owns directly: a Parallel's branches, a Map's item processor, none for the others. */
export function innerScopes(state: StateNode, parent: Scope): Scope[] {
  return visitState(state, NESTED).map(({ machine, owner }) => ({ machine, owner, parent }));
}

/** The top-level scope of a workflow. */
export function rootScope(workflow: WorkflowIR): Scope {
  return { machine: workflow };
}

function* scopesFrom(scope: Scope): Generator<Scope> {
  yield scope;
  for (const state of scope.machine.states) for (const inner of innerScopes(state, scope)) yield* scopesFrom(inner);
}

/** Every scope, each before the scopes nested in it, a scope's inner scopes in the order of its states. */
export function allScopes(workflow: WorkflowIR): Scope[] {
  return [...scopesFrom(rootScope(workflow))];
}

/** Every state at any depth, scope by scope (in the order of allScopes). */
export function* allStates(workflow: WorkflowIR): Generator<StateNode> {
  for (const scope of allScopes(workflow)) yield* scope.machine.states;
}

/** A state with the scope it belongs to. */
export interface PlacedState {
  readonly state: StateNode;
  readonly scope: Scope;
}

function* placedFrom(scope: Scope): Generator<PlacedState> {
  for (const state of scope.machine.states) {
    yield { state, scope };
    for (const inner of innerScopes(state, scope)) yield* placedFrom(inner);
  }
}

/** Every state at any depth in document order: each state, then the states nested in it. */
export function statesInOrder(workflow: WorkflowIR): Generator<PlacedState> {
  return placedFrom(rootScope(workflow));
}

/** The states owning a scope, outermost first: empty for the top level. */
export function ownersOf(scope: Scope): StateNode[] {
  const owners: StateNode[] = [];
  for (let s: Scope | undefined = scope; s?.owner; s = s.parent) owners.unshift(s.owner.state);
  return owners;
}

/**
 * How a nested scope is named: `branch 2 of Parallel 'Fan out'` (`branch` counts from 0), `the item
 * processor of Map 'Each'` (no branch); in double quotes for the schema flow and contracts.
 */
export function nestedScopeLabel(owner: { readonly state: { readonly name: string }; readonly branch?: number }, quote: "'" | '"' = "'"): string {
  const name = `${quote}${owner.state.name}${quote}`;
  return owner.branch === undefined ? `the item processor of Map ${name}` : `branch ${owner.branch + 1} of Parallel ${name}`;
}

/**
 * How diagnostics name a scope: `branch 2 of Parallel 'Fan out'`, `the item processor of Map 'Each'`;
 * the top level as `root` (`the workflow`, `workflow 'Orders'`).
 */
export function scopeLabel(scope: Scope, root: string): string {
  return scope.owner ? nestedScopeLabel(scope.owner) : root;
}

/**
 * How the schema flow and generated contracts name a scope: `branch 2 of Parallel "Fan out"`,
 * `the item processor of Map "Each"`; the top level `workflow`.
 */
export function scopeTitle(scope: Scope): string {
  return scope.owner ? nestedScopeLabel(scope.owner, '"') : "workflow";
}
