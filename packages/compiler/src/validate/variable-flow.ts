/**
 * Which variables are assigned on every path to each state of one scope: a forward "must"
 * analysis over Next, Choice rules and Default, and Catch edges, loops included. A state's own
 * Assign takes effect for its successors; a Choice's own Assign applies whichever way it goes,
 * and a matched rule's Assign adds to it; a matched catcher's Assign replaces the state's.
 */
import { edgeField, successors, type StateEdge, type StateNode } from "@aslc/dsl";
import { assignedNames } from "./variable-names.ts";

interface Edge {
  readonly from: StateNode;
  readonly transition: StateEdge;
  /** The variables the transition assigns. */
  readonly assigns: readonly string[];
}

/** A transition's variables: the state's own Assign, a Choice rule's added to it, a catcher's instead of it. */
function edgesOf(state: StateNode): Edge[] {
  const own = "assign" in state ? assignedNames(state.assign) : [];
  return successors(state).map((edge) => {
    const assigns = edge.kind === "choice" ? [...own, ...assignedNames(edge.rule.assign)] : edge.kind === "catch" ? assignedNames(edge.catcher.assign) : own;
    return { from: state, transition: edge, assigns };
  });
}

/** A state on a path, and the transition it takes when not its Next ("Default", "Catch[0]"). */
export interface PathStep {
  readonly state: string;
  readonly via?: string;
}

export interface FlowResult {
  /**
   * The variables assigned on every path to each state, on entry; undefined for a state no path
   * reaches (whatever it reads, nothing reaches it to fail).
   */
  readonly assignedOnEntry: ReadonlyMap<string, ReadonlySet<string>>;
  /** One path on which `name` is not assigned before `state`, from the scope's start. */
  pathWithout(state: string, name: string): PathStep[];
}

function intersect(sets: readonly ReadonlySet<string>[]): Set<string> {
  const [first, ...rest] = sets;
  return new Set([...first!].filter((name) => rest.every((s) => s.has(name))));
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string> | undefined): boolean {
  return b !== undefined && a.size === b.size && [...a].every((name) => b.has(name));
}

/**
 * Starts from "everything assigned" at states not yet reached and narrows until nothing
 * changes, so a loop's back edge does not hide what its first pass lacks.
 */
export function analyseFlow(states: readonly StateNode[], startAt: string, onEntry: ReadonlySet<string>): FlowResult {
  const byName = new Map(states.map((s) => [s.name, s]));
  const incoming = new Map<string, Edge[]>(states.map((s) => [s.name, []]));
  for (const state of states) for (const edge of edgesOf(state)) incoming.get(edge.transition.target)?.push(edge);
  const assigned = new Map<string, ReadonlySet<string>>();
  const afterEdge = (edge: Edge): ReadonlySet<string> | undefined => {
    const before = assigned.get(edge.from.name);
    return before && new Set([...before, ...edge.assigns]);
  };

  let changed = true;
  while (changed) {
    changed = false;
    for (const state of states) {
      const arriving: ReadonlySet<string>[] = state.name === startAt && byName.has(startAt) ? [onEntry] : [];
      for (const edge of incoming.get(state.name)!) {
        const after = afterEdge(edge);
        if (after) arriving.push(after);
      }
      const next = arriving.length > 0 ? intersect(arriving) : undefined;
      if (next && !sameSet(next, assigned.get(state.name))) {
        assigned.set(state.name, next);
        changed = true;
      }
    }
  }

  const pathWithout = (state: string, name: string): PathStep[] => {
    const path: PathStep[] = [{ state }];
    const visited = new Set([state]);
    let current = state;
    for (;;) {
      const edge = incoming.get(current)?.find((e) => !visited.has(e.from.name) && afterEdge(e) !== undefined && !afterEdge(e)!.has(name));
      if (!edge) return path;
      const { transition } = edge;
      path.unshift(transition.kind === "next" ? { state: edge.from.name } : { state: edge.from.name, via: edgeField(transition).replace(/\.Next$/, "") });
      visited.add(edge.from.name);
      current = edge.from.name;
    }
  };
  return { assignedOnEntry: assigned, pathWithout };
}
