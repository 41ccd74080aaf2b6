/**
 * The public face of the builder: a chain of states whose payload type flows from call to call.
 *
 * Type parameters are kept flat on purpose (no type grows by nesting as states are added):
 *   T       the payload at the end of the chain (plain at the root, canonical after it),
 *   Reg     the names of the states declared so far, as a union of string literals (`{}` for none),
 *   I       the execution input (what `$$.Execution.Input` holds),
 *   Targets the input of every state declared so far but the last, as a union of
 *           `readonly [name, input]` (read only where a jump names a state: goto, a Choice
 *           rule's or a Catch's target),
 *   Last    the entry of the last state, which the next state moves into Targets,
 *   P       the payload in the canonical form of fields.ts, derived from T.
 *
 * Why names and inputs are unions rather than an object that grows by intersection: an
 * intersection `Reg & { [K in N]: T }` keeps the previous registry as an argument, so every
 * state added a level that tsc walked again at each generic call, until it stopped with
 * "Type instantiation is excessively deep". A union of literals and of tuples of canonical
 * payloads holds no type variables, so tsc passes it through a call untouched.
 *
 * Branching: a Choice rule, a Catch handler, a Parallel branch and a Map processor are chains of
 * their own, built by a callback. A Choice rule's or Catch handler's chain that does not end
 * (with succeed, fail or goto) continues at the state that follows in the enclosing chain, so
 * branches converge naturally; the next state then accepts the union of what arrives. Payloads
 * in canonical form are identified by their contents, so branches that arrive with the same
 * fields add one member to that union, not one each.
 */
import type { ZodType } from "zod";
import type { Canonical } from "../path/canonical.ts";
import type { ContextObject } from "../path/path-types.ts";
import type { ApplyResultPath } from "../path/set-types.ts";
import type { View } from "../path/view.ts";
import type { Conditions, ChoiceCondition } from "./choice-types.ts";
import type { ErrorName, ErrorOutput } from "./error-names.ts";
import type {
  ChoiceOptions,
  FailOptions,
  MapOptions,
  ParallelOptions,
  PassOptions,
  SucceedOptions,
  TaskOptions,
  WaitOptions,
} from "./options.ts";
import type {
  ApplyInputPath,
  FailCheck,
  FilterCheck,
  FilteredNext,
  Get,
  MapCheck,
  MapItemPayload,
  MapNext,
  ParallelCheck,
  ParallelInput,
  ParallelNext,
  PassCheck,
  PassNext,
  ResultPathProblem,
  TaskCheck,
  TaskNext,
  WaitCheck,
} from "./state-types.ts";

/** Type-only keys: they carry types for inference and never exist at run time. */
declare const payloadType: unique symbol;
declare const endedType: unique symbol;
declare const choiceOutType: unique symbol;

/** Marks values the compiler can turn into a state machine (a workflow, or an ended one). */
export const BUILDABLE = Symbol.for("aslc.buildable");
export interface Buildable {
  readonly [BUILDABLE]: true;
}

/** A chain that cannot continue: it ended in succeed, fail or goto, or every branch did. */
export interface Ended extends Buildable {
  readonly [endedType]: true;
}

/** What a branch callback's chain hands on to the state after it (never when it ended), in canonical form. */
export type FallThrough<R> = R extends { readonly [payloadType]: infer X } ? X : never;

/** The payload a chain hands to its next state, as plain types. */
export type PayloadOf<C> = C extends { readonly [payloadType]: infer X } ? View<X> : never;

/** Continue with payload T, or end when nothing falls through. */
export type Continue<T, Reg, I, Targets, Last> = [T] extends [never] ? Ended : Chain<T, Reg, I, Targets, Last>;

/** N when no state of the chain has that name yet, otherwise the message. */
type NameArg<N extends string, Reg> = [Reg] extends [string] ? (N extends Reg ? `State name '${N}' is already used in this workflow` : N) : N;

/** The names after state N is added. */
type AddName<Reg, N extends string> = [Reg] extends [string] ? Reg | N : N;

/**
 * The names of the chain that follows state N. NoInfer keeps the union that holds N out of
 * inference: tsc infers from a call's contextual type to its return type (a branch callback's
 * chain is checked again against what the first pass inferred for it), and matching a union
 * against the same union plus one member compares every member with every other.
 *
 * The registry avoids the same cost differently, because NoInfer stays on object types: the
 * entry of a new state is handed on alone (Last) and joins the union (Targets | Last) only in
 * the next state's return type, where it no longer holds a type parameter of the call.
 */
type NextNames<Reg, N extends string> = NoInfer<AddName<Reg, N>>;

/** The input of every state in the registry, by name; built only where a jump names a state. */
type TargetInputs<Targets> = { [En in Targets as En extends readonly [infer N extends string, unknown] ? N : never]: En extends readonly [string, infer Input] ? Input : never };

/**
 * A target state by name: when it is declared before this point, the payload P must suit its
 * input. tsc infers N through both branches of these conditionals, with N still unknown, at
 * every Choice rule and Catch (a callback argument included): so the registry is read only
 * behind a comparison with N that tsc defers until N is known.
 */
export type TargetArg<P, Reg, Targets, N extends string> = N extends Reg ? KnownTargetArg<P, Targets, N> : N;

type KnownTargetArg<P, Targets, N extends string> =
  TargetInputs<Targets> extends { readonly [K in N]: infer Input }
    ? [View<P>] extends [View<Input>]
      ? N
      : `The payload here does not match the input of state '${N}'`
    : N;

export type BranchFn<T, I> = (branch: Chain<T, {}, I>) => Buildable;

/** A chain whose last state can catch errors: `.catch()` adds a catcher with an inline handler. */
export interface Catchable<In, T, Reg, I, Targets = never, Last = never> extends Chain<T, Reg, I, Targets, Last> {
  /**
   * Adds a catcher to the state just added. The handler is a state name or a chain built from
   * the error output (placed at `resultPath`, `$` by default); a handler that does not end
   * continues at the next state of this chain.
   *
   * R defaults to Buildable (which falls through nothing, like Ended) so that when the options
   * are wrong, tsc reports the bad resultPath rather than an inline handler it has not typed yet.
   */
  catch<const RP extends string | null = "$", R extends Buildable = Buildable, const N extends string = never>(
    errorEquals: readonly [ErrorName, ...ErrorName[]],
    handler: ((handler: Chain<ApplyResultPath<In, RP, ErrorOutput>, Reg, I, Targets, Last>) => R) | TargetArg<ApplyResultPath<In, RP, ErrorOutput>, Reg, Targets | Last, N>,
    options?: { readonly resultPath?: RP & NoInfer<ResultPathProblem<In, RP>>; readonly comment?: string },
  ): Catchable<In, T | FallThrough<R>, Reg, I, Targets, Last>;
}

/** One Choice under construction: the rules so far, and the union of what falls through. */
export interface ChoiceRules<T, Reg, I, Out, Targets = never, Last = never> {
  readonly [choiceOutType]: Out;
  when<R extends Buildable = Ended, const N extends string = never>(
    condition: ChoiceCondition,
    then: ((branch: Chain<T, Reg, I, Targets, Last>) => R) | TargetArg<T, Reg, Targets | Last, N>,
    options?: { readonly comment?: string },
  ): ChoiceRules<T, Reg, I, Out | FallThrough<R>, Targets, Last>;
  /** The Default: taken when no rule matches. */
  otherwise<R extends Buildable = Ended, const N extends string = never>(
    then: ((branch: Chain<T, Reg, I, Targets, Last>) => R) | TargetArg<T, Reg, Targets | Last, N>,
  ): ChoiceDone<Out | FallThrough<R>>;
}

/** A Choice with its Default given: no more rules. */
export interface ChoiceDone<Out> {
  readonly [choiceOutType]: Out;
}

type ChoiceOut<C> = C extends { readonly [choiceOutType]: infer Out } ? Out : never;

export type ConditionFactory<T, I> = Conditions<T, ContextObject<I>>;

export interface Chain<T, Reg, I, Targets = never, Last = never, P = Canonical<T>> extends Buildable {
  readonly [payloadType]: P;

  /** A Task: work done by a Lambda function, a service integration, an activity or any ARN. */
  task<const N extends string, const O extends TaskOptions>(
    name: NameArg<N, Reg>,
    options: O & NoInfer<TaskCheck<P, I, O>>,
  ): Catchable<P, TaskNext<P, I, O>, NextNames<Reg, N>, I, Targets | Last, readonly [N, P]>;

  /** A Pass: passes its input on, optionally reshaped by Parameters or replaced by Result. */
  pass<const N extends string, const O extends PassOptions = {}>(
    name: NameArg<N, Reg>,
    options?: O & NoInfer<PassCheck<P, I, O>>,
  ): Chain<PassNext<P, I, O>, NextNames<Reg, N>, I, Targets | Last, readonly [N, P]>;

  /** A Wait: exactly one of seconds, secondsPath, timestamp, timestampPath. */
  wait<const N extends string, const O extends WaitOptions>(
    name: NameArg<N, Reg>,
    options: O & NoInfer<WaitCheck<P, I, O>>,
  ): Chain<FilteredNext<P, O>, NextNames<Reg, N>, I, Targets | Last, readonly [N, P]>;

  /**
   * A Choice. The callback adds rules with `when(condition, then)` and the Default with
   * `otherwise(then)`; conditions come from the same object (`c.numericGreaterThan(…)`).
   */
  choice<const N extends string, C extends ChoiceDone<unknown>, const O extends ChoiceOptions = {}>(
    name: NameArg<N, Reg>,
    rules: (
      c: ChoiceRules<FilteredNext<P, O>, NextNames<Reg, N>, I, never, Targets | Last, readonly [N, P]> & ConditionFactory<ApplyInputPath<P, Get<O, "inputPath">>, I>,
    ) => C,
    options?: O & NoInfer<FilterCheck<P, O>>,
  ): Continue<ChoiceOut<C>, NextNames<Reg, N>, I, Targets | Last, readonly [N, P]>;

  /** A Parallel: every branch runs on the same input; the result is the tuple of their outputs. */
  parallel<const N extends string, const B extends readonly [BranchFn<ParallelInput<P, I, O>, I>, ...BranchFn<ParallelInput<P, I, O>, I>[]], const O extends ParallelOptions = {}>(
    name: NameArg<N, Reg>,
    branches: B,
    options?: O & NoInfer<ParallelCheck<P, I, O, BranchResults<B>>>,
  ): Catchable<P, ParallelNext<P, I, O, BranchResults<B>>, NextNames<Reg, N>, I, Targets | Last, readonly [N, P]>;

  /** A Map: runs the processor chain for each item (inline, or distributed as child workflows). */
  map<const N extends string, const O extends MapOptions, R extends Buildable>(
    name: NameArg<N, Reg>,
    options: O & NoInfer<MapCheck<P, I, O, FallThrough<R>>>,
    processor: (item: Chain<MapItemPayload<P, I, O>, {}, I>) => R,
  ): Catchable<P, MapNext<P, I, O, FallThrough<R>>, NextNames<Reg, N>, I, Targets | Last, readonly [N, P]>;

  /** A Succeed: ends the workflow, branch or iteration successfully. */
  succeed<const N extends string, const O extends SucceedOptions = {}>(name: NameArg<N, Reg>, options?: O & NoInfer<FilterCheck<P, O>>): Ended;

  /** A Fail: ends the execution with an error and a cause. */
  fail<const N extends string, const O extends FailOptions = {}>(name: NameArg<N, Reg>, options?: O & NoInfer<FailCheck<P, I, O>>): Ended;

  /** Continues at a state declared elsewhere (a loop back, or a jump to a shared state). */
  goto<const N extends string>(target: TargetArg<P, Reg, Targets | Last, N>): Ended;
}

type BranchResults<B> = { -readonly [K in keyof B]: B[K] extends (...args: any[]) => infer R ? FallThrough<R> : never };

/** A workflow's root chain. */
export type Workflow<S extends ZodType, T = import("zod").output<S>> = Chain<T, {}, import("zod").output<S>>;
