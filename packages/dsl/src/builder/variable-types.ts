/**
 * Workflow variables in the chain's types.
 *
 * A chain carries the variables its own scope has assigned, V: a canonical object (fields.ts)
 * whose fields are the variables and their types. Where paths meet (a Choice's branches, a
 * catch handler that falls through) V becomes the union of what each path brings, so reading a
 * variable that one path never assigned fails: that is how "use before assignment on any path"
 * shows up in the types. The variables of enclosing scopes (outside a Parallel branch or a Map
 * iteration) travel separately, in the chain's Env, because they may be read there but not
 * assigned.
 */
import type { QueryLanguage } from "../ir/nodes.ts";
import type { FieldNames, Fields, MergedEntries, NoFields } from "../path/fields.ts";
import type { Problem } from "../payload/template-types.ts";

/**
 * What a chain knows of where it runs: the machine's query language, the enclosing scopes'
 * variables, and whether it runs in a Parallel branch or a Map iteration (whose ending states'
 * outputs are the branch's result).
 */
export interface Env<Q extends QueryLanguage = "JSONPath", Outer = NoFields, InBranch extends boolean = false> {
  readonly language: Q;
  readonly outer: Outer;
  readonly inBranch: InBranch;
}

export type EnvLanguage<E> = E extends Env<infer Q, any, boolean> ? Q : "JSONPath";
export type OuterVariables<E> = E extends Env<any, infer Outer, boolean> ? Outer : NoFields;

/** The language of a state with options O in a chain whose Env is E. */
export type StateLanguage<E, O> = O extends { readonly queryLanguage: infer L extends QueryLanguage } ? L : EnvLanguage<E>;

/** The variables a state can read: its scope's and the enclosing scopes'. */
export type Visible<V, E> = [OuterVariables<E>] extends [NoFields] ? V : MergeScopes<V, OuterVariables<E>>;

type MergeScopes<V, Outer> = V extends Fields<infer VE> ? (Outer extends Fields<infer OE> ? Fields<VE | OE> : never) : never;


/** The variables after a state whose Assign gives the object A (in canonical form), for each path's V. */
export type WithAssigned<V, A> = A extends Fields<infer AE> ? (V extends Fields<infer VE> ? Fields<MergedEntries<VE, AE>> : never) : V;

/** The enclosing scope of a Parallel branch or Map iteration: every variable visible at the state. */
export type BranchEnv<E, V> = Env<EnvLanguage<E>, Visible<V, E>, true>;

/** A Distributed Map's iterations are child executions: they see no variables of the parent. */
export type IsolatedEnv<E> = Env<EnvLanguage<E>, NoFields, true>;

/** A variable name as written in an Assign key (JSONPath keys may end in `.$`). */
type VariableName<K> = K extends `${infer Name}.$` ? Name : K;

/** Checks the names an Assign object gives: reserved names, sub-paths, and variables of enclosing scopes. */
export type AssignNameCheck<X, E> = {
  [K in keyof X]: VariableName<K> extends "states"
    ? Problem<"states is reserved for $states: give the variable another name">
    : VariableName<K> extends `${string}.${string}` | `${string}[${string}`
      ? Problem<`Assign sets whole variables: '${K & string}' assigns into a variable; assign the whole value instead`>
      : VariableName<K> extends FieldNames<OuterVariables<E>>
        ? Problem<`$${VariableName<K> & string} belongs to the enclosing scope: a Parallel branch or Map iteration can read it but not assign it; hand the value out through the branch's output`>
        : unknown;
};

/** Options whose `assign` object gives the canonical object A: the variables after them. */
export type AssignedBy<O, A> = O extends { readonly assign: object } ? A : never;
