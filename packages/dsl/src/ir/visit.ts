/**
 * An exhaustive per-kind visitor: one handler for every state kind, checked by the compiler, so a
 * new kind of state does not compile until every visitor says what to do with it.
 */
import type { StateNode, StateType } from "./nodes.ts";

/** The node of one state kind. */
export type StateOfType<T extends StateType> = Extract<StateNode, { readonly type: T }>;

/** One handler per state kind; each receives the node narrowed to its kind. */
export type StateVisitor<R> = { readonly [T in StateType]: (state: StateOfType<T>) => R };

/** Calls the visitor's handler for the state's kind. */
export function visitState<R>(state: StateNode, visitor: StateVisitor<R>): R {
  return (visitor[state.type] as (state: StateNode) => R)(state);
}
