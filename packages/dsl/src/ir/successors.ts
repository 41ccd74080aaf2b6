/**
 * A state's outgoing transitions inside its scope: Next, each Choice rule's Next, Default and
 * each Catcher's Next, in that order (the order of the ASL fields). End is not a transition: it
 * leaves the scope.
 */
import type { Catcher, ChoiceRule, StateNode } from "./nodes.ts";
import { visitState, type StateVisitor } from "./visit.ts";

export type StateEdge =
  | { readonly kind: "next"; readonly target: string }
  | { readonly kind: "choice"; readonly index: number; readonly rule: ChoiceRule; readonly target: string }
  | { readonly kind: "default"; readonly target: string }
  | { readonly kind: "catch"; readonly index: number; readonly catcher: Catcher; readonly target: string };

type Edges = readonly StateEdge[];

const nextOf = (state: { readonly transition: { readonly next?: string } }): StateEdge[] =>
  state.transition.next === undefined ? [] : [{ kind: "next", target: state.transition.next }];

const catchesOf = (catchers: readonly Catcher[] | undefined): StateEdge[] =>
  (catchers ?? []).map((catcher, index) => ({ kind: "catch", index, catcher, target: catcher.next }));

const EDGES: StateVisitor<Edges> = {
  Task: (state) => [...nextOf(state), ...catchesOf(state.catch)],
  Pass: nextOf,
  Wait: nextOf,
  Choice: (state) => [
    ...state.choices.map((rule, index): StateEdge => ({ kind: "choice", index, rule, target: rule.next })),
    ...(state.default === undefined ? [] : [{ kind: "default", target: state.default } as const]),
  ],
  Succeed: () => [],
  Fail: () => [],
  Parallel: (state) => [...nextOf(state), ...catchesOf(state.catch)],
  Map: (state) => [...nextOf(state), ...catchesOf(state.catch)],
};

/** Every transition a state can take, by kind, in field order. */
export function successors(state: StateNode): Edges {
  return visitState(state, EDGES);
}

/** The ASL field an edge is written in: `Next`, `Choices[1].Next`, `Default`, `Catch[0].Next`. */
export function edgeField(edge: StateEdge): string {
  switch (edge.kind) {
    case "next":
      return "Next";
    case "choice":
      return `Choices[${edge.index}].Next`;
    case "default":
      return "Default";
    case "catch":
      return `Catch[${edge.index}].Next`;
  }
}

/** Whether the machine can stop at this state: Succeed, Fail, or End. */
export function isTerminal(state: StateNode): boolean {
  return state.type === "Succeed" || state.type === "Fail" || ("transition" in state && state.transition.end === true);
}
