/**
 * The public face of the builder: a chain of states whose payload type flows from call to call.
 *
 * Type parameters are kept flat on purpose (no type grows by nesting as states are added):
 *   T   the payload at the end of the chain,
 *   Reg the input type of every state declared so far, by name (for typed `goto` and targets),
 *   I   the execution input (what `$$.Execution.Input` holds).
 *
 * Branching: a Choice rule, a Catch handler, a Parallel branch and a Map processor are chains of
 * their own, built by a callback. A Choice rule's or Catch handler's chain that does not end
 * (with succeed, fail or goto) continues at the state that follows in the enclosing chain, so
 * branches converge naturally; the next state then accepts the union of what arrives.
 */
import type { ZodType } from "zod";
import type { ContextObject } from "../path/path-types.ts";
import type { ApplyResultPath } from "../path/set-types.ts";
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
  FilteredOutput,
  Get,
  MapCheck,
  MapItemInput,
  MapOutput,
  ParallelCheck,
  ParallelInput,
  ParallelOutput,
  PassCheck,
  PassOutput,
  ResultPathProblem,
  TaskCheck,
  TaskOutput,
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

/** What a branch callback's chain hands on to the state after it (never when it ended). */
export type FallThrough<R> = R extends { readonly [payloadType]: infer X } ? X : never;

/** Continue with payload T, or end when nothing falls through. */
export type Continue<T, Reg, I> = [T] extends [never] ? Ended : Chain<T, Reg, I>;

type NameArg<N extends string, Reg> = N extends keyof Reg ? `State name '${N}' is already used in this workflow` : N;

/** A target state by name: when it is declared before this point, the payload must suit its input. */
export type TargetArg<T, Reg, N extends string> = N extends keyof Reg
  ? [T] extends [Reg[N]]
    ? N
    : `The payload here does not match the input of state '${N}'`
  : N;

type Registered<Reg, N extends string, T> = Reg & { readonly [K in N]: T };

export type BranchFn<T, I> = (branch: Chain<T, {}, I>) => Buildable;

/** A chain whose last state can catch errors: `.catch()` adds a catcher with an inline handler. */
export interface Catchable<In, T, Reg, I> extends Chain<T, Reg, I> {
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
    handler: ((handler: Chain<ApplyResultPath<In, RP, ErrorOutput>, Reg, I>) => R) | TargetArg<ApplyResultPath<In, RP, ErrorOutput>, Reg, N>,
    options?: { readonly resultPath?: RP & NoInfer<ResultPathProblem<In, RP>>; readonly comment?: string },
  ): Catchable<In, T | FallThrough<R>, Reg, I>;
}

/** One Choice under construction: the rules so far, and the union of what falls through. */
export interface ChoiceRules<T, Reg, I, Out> {
  readonly [choiceOutType]: Out;
  when<R extends Buildable = Ended, const N extends string = never>(
    condition: ChoiceCondition,
    then: ((branch: Chain<T, Reg, I>) => R) | TargetArg<T, Reg, N>,
    options?: { readonly comment?: string },
  ): ChoiceRules<T, Reg, I, Out | FallThrough<R>>;
  /** The Default: taken when no rule matches. */
  otherwise<R extends Buildable = Ended, const N extends string = never>(
    then: ((branch: Chain<T, Reg, I>) => R) | TargetArg<T, Reg, N>,
  ): ChoiceDone<Out | FallThrough<R>>;
}

/** A Choice with its Default given: no more rules. */
export interface ChoiceDone<Out> {
  readonly [choiceOutType]: Out;
}

type ChoiceOut<C> = C extends { readonly [choiceOutType]: infer Out } ? Out : never;

export type ConditionFactory<T, I> = Conditions<T, ContextObject<I>>;

export interface Chain<T, Reg, I> extends Buildable {
  readonly [payloadType]: T;

  /** A Task: work done by a Lambda function, a service integration, an activity or any ARN. */
  task<const N extends string, const O extends TaskOptions>(
    name: NameArg<N, Reg>,
    options: O & NoInfer<TaskCheck<T, I, O>>,
  ): Catchable<T, TaskOutput<T, I, O>, Registered<Reg, N, T>, I>;

  /** A Pass: passes its input on, optionally reshaped by Parameters or replaced by Result. */
  pass<const N extends string, const O extends PassOptions = {}>(
    name: NameArg<N, Reg>,
    options?: O & NoInfer<PassCheck<T, I, O>>,
  ): Chain<PassOutput<T, I, O>, Registered<Reg, N, T>, I>;

  /** A Wait: exactly one of seconds, secondsPath, timestamp, timestampPath. */
  wait<const N extends string, const O extends WaitOptions>(
    name: NameArg<N, Reg>,
    options: O & NoInfer<WaitCheck<T, I, O>>,
  ): Chain<FilteredOutput<T, O>, Registered<Reg, N, T>, I>;

  /**
   * A Choice. The callback adds rules with `when(condition, then)` and the Default with
   * `otherwise(then)`; conditions come from the same object (`c.numericGreaterThan(…)`).
   */
  choice<const N extends string, C extends ChoiceDone<unknown>, const O extends ChoiceOptions = {}>(
    name: NameArg<N, Reg>,
    rules: (
      c: ChoiceRules<FilteredOutput<T, O>, Registered<Reg, N, T>, I, never> & ConditionFactory<ApplyInputPath<T, Get<O, "inputPath">>, I>,
    ) => C,
    options?: O & NoInfer<FilterCheck<T, O>>,
  ): Continue<ChoiceOut<C>, Registered<Reg, N, T>, I>;

  /** A Parallel: every branch runs on the same input; the result is the tuple of their outputs. */
  parallel<const N extends string, const B extends readonly [BranchFn<ParallelInput<T, I, O>, I>, ...BranchFn<ParallelInput<T, I, O>, I>[]], const O extends ParallelOptions = {}>(
    name: NameArg<N, Reg>,
    branches: B,
    options?: O & NoInfer<ParallelCheck<T, I, O, BranchResults<B>>>,
  ): Catchable<T, ParallelOutput<T, I, O, BranchResults<B>>, Registered<Reg, N, T>, I>;

  /** A Map: runs the processor chain for each item (inline, or distributed as child workflows). */
  map<const N extends string, const O extends MapOptions, R extends Buildable>(
    name: NameArg<N, Reg>,
    options: O & NoInfer<MapCheck<T, I, O, FallThrough<R>>>,
    processor: (item: Chain<MapItemInput<T, I, O>, {}, I>) => R,
  ): Catchable<T, MapOutput<T, I, O, FallThrough<R>>, Registered<Reg, N, T>, I>;

  /** A Succeed: ends the workflow, branch or iteration successfully. */
  succeed<const N extends string, const O extends SucceedOptions = {}>(name: NameArg<N, Reg>, options?: O & NoInfer<FilterCheck<T, O>>): Ended;

  /** A Fail: ends the execution with an error and a cause. */
  fail<const N extends string, const O extends FailOptions = {}>(name: NameArg<N, Reg>, options?: O & NoInfer<FailCheck<T, I, O>>): Ended;

  /** Continues at a state declared elsewhere (a loop back, or a jump to a shared state). */
  goto<const N extends string>(target: TargetArg<T, Reg, N>): Ended;
}

type BranchResults<B> = { -readonly [K in keyof B]: B[K] extends (...args: any[]) => infer R ? FallThrough<R> : never };

/** A workflow's root chain. */
export type Workflow<S extends ZodType, T = import("zod").output<S>> = Chain<T, {}, import("zod").output<S>>;
