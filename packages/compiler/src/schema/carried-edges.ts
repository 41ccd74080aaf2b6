/**
 * What each transition of a state carries, payload and variables. The transitions and their
 * targets are the IR walk's (successors, in field order); a transfer says only what each kind of
 * transition carries.
 */
import { successors, type StateEdge, type StateNode } from "@aslc/dsl";
import type { Edge } from "./transfer-types.ts";

type Carried = Omit<Edge, "target">;

/** A state that goes on by Next or ends its scope (all but Choice, Succeed and Fail). */
export type TransitionNode = Extract<StateNode, { readonly transition: unknown }>;

/** What each kind of transition carries; a state passes the kinds it has (a Choice: rules and Default; the others: Next and Catch). */
export type Carry = { readonly [K in StateEdge["kind"]]?: (edge: Extract<StateEdge, { readonly kind: K }>) => Carried };

export function carriedEdges(state: StateNode, carry: Carry): Edge[] {
  return successors(state).map((edge) => {
    const carried = carry[edge.kind] as ((edge: StateEdge) => Carried) | undefined;
    // Unreachable: every transfer passes the kinds its state kind has.
    if (!carried) throw new Error(`what a ${edge.kind} transition of ${state.type} '${state.name}' carries is not given`);
    return { target: edge.target, ...carried(edge) };
  });
}
