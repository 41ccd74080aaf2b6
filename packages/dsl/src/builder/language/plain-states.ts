/**
 * Pass, Wait, Choice, Succeed and Fail in both languages. In JSONata their output is Output, or
 * the input.
 */
import type { JsonataCheck, JsonataOut } from "../../jsonata/expression-types.ts";
import type { Problem } from "../../payload/template-types.ts";
import type { ChoiceOptions, FailOptions, PassOptions, SucceedOptions, WaitOptions } from "../options.ts";
import type { ApplyInputPath, FailCheck, FilterCheck, FilteredNext, Get, PassCheck, PassNext, UnknownOptions, WaitCheck } from "../state-types.ts";
import type { Visible } from "../variable-types.ts";
import type { After, Assigns, IsJsonata, JsonPathAssignChecks, JsonPathAssigned, JsonPathModeChecks, JsonataAssignCheck, JsonataAssigned, JsonataModeChecks, AnyKind, SpecFor, ScalarCheck, Scope } from "./shared.ts";

type PlainState = "Pass" | "Wait" | "Choice" | "Succeed" | "Fail";

export type OutputOrInput<P, I, VV, O> = O extends { readonly output: infer X } ? JsonataOut<Scope<P, I, VV>, X> : P;

/**
 * A JSONata Pass, Wait, Choice, Succeed or Fail; `T` names the kind whose spec a scalar's
 * expected value is read from (only for a scalar the options hold).
 */
export type JsonataPlainCheck<T extends PlainState, P, I, O, VV, E> = JsonataModeChecks<T, E, O> & {
  [K in keyof O]: K extends "output"
    ? JsonataCheck<Scope<P, I, VV>, O[K]>
    : K extends "assign"
      ? JsonataAssignCheck<Scope<P, I, VV>, E, O[K]>
      : K extends AnyKind["scalar"]
        ? ScalarCheck<SpecFor<T>, Scope<P, I, VV>, O[K], K>
        : unknown;
};

/** Assign in a JSONPath Pass, Wait or Choice reads the (filtered) input. */
export type JsonPathPlainAssign<P, I, O, V, E> = JsonPathModeChecks<E, O> & (Assigns<O> extends true ? JsonPathAssignChecks<O, ApplyInputPath<P, Get<O, "inputPath">>, I, Visible<V, E>, E> : unknown);

export type PlainVars<P, I, O, V, E> = Assigns<O> extends true ? After<
  V,
  IsJsonata<E, O> extends true ? JsonataAssigned<Scope<P, I, Visible<V, E>>, O> : JsonPathAssigned<ApplyInputPath<P, Get<O, "inputPath">>, I, Visible<V, E>, O>
> : V;

export type PassCheckFor<P, I, O, V, E> =
  IsJsonata<E, O> extends true
    ? JsonataPlainCheck<"Pass", P, I, O, Visible<V, E>, E> & UnknownOptions<O, PassOptions>
    : PassCheck<P, I, O, Visible<V, E>> & JsonPathPlainAssign<P, I, O, V, E>;

export type PassNextFor<P, I, O, V, E> = IsJsonata<E, O> extends true ? OutputOrInput<P, I, Visible<V, E>, O> : PassNext<P, I, O, Visible<V, E>>;
export type PassVarsFor<P, I, O, V, E> = PlainVars<P, I, O, V, E>;


export type JsonataWaitKinds<O> = Extract<keyof O, "seconds" | "timestamp">;
export type OneJsonataWait<O> = [JsonataWaitKinds<O>] extends [never]
  ? Problem<"give one of seconds and timestamp">
  : "seconds" extends JsonataWaitKinds<O>
    ? "timestamp" extends JsonataWaitKinds<O>
      ? { readonly [K in JsonataWaitKinds<O>]: Problem<"give seconds or timestamp, not both"> }
      : unknown
    : unknown;

export type WaitCheckFor<P, I, O, V, E> =
  IsJsonata<E, O> extends true
    ? JsonataPlainCheck<"Wait", P, I, O, Visible<V, E>, E> & UnknownOptions<O, WaitOptions> & OneJsonataWait<O>
    : WaitCheck<P, I, O, Visible<V, E>> & JsonPathPlainAssign<P, I, O, V, E>;

/**
 * The output of a state that hands on its input, filtered. Most such states have none of the
 * options that reshape it, and then the output is the input itself: the test of the options'
 * keys spares them the language and path lookups.
 */
export type FilteredNextFor<P, I, O, V, E> = O extends Reshaping
  ? IsJsonata<E, O> extends true
    ? OutputOrInput<P, I, Visible<V, E>, O>
    : FilteredNext<P, O>
  : P;

/** Options by which a Wait, Choice or Succeed gives other than its input. */
type Reshaping = { readonly inputPath: unknown } | { readonly outputPath: unknown } | { readonly output: unknown };
export type WaitVarsFor<P, I, O, V, E> = PlainVars<P, I, O, V, E>;

export type ChoiceCheckFor<P, I, O, V, E> =
  IsJsonata<E, O> extends true
    ? JsonataPlainCheck<"Choice", P, I, O, Visible<V, E>, E> & UnknownOptions<O, ChoiceOptions>
    : FilterCheck<P, Omit<O, "assign">> & UnknownOptions<O, ChoiceOptions> & JsonPathPlainAssign<P, I, O, V, E>;

/** The variables after a Choice's own Assign, which applies whichever way it goes. */
export type ChoiceVarsFor<P, I, O, V, E> = PlainVars<P, I, O, V, E>;

/** What a Choice's rules test: its (filtered) input. */
export type ChoiceInputFor<P, O, E> = IsJsonata<E, O> extends true ? P : ApplyInputPath<P, Get<O, "inputPath">>;

export type SucceedCheckFor<P, I, O, V, E> =
  IsJsonata<E, O> extends true ? JsonataPlainCheck<"Succeed", P, I, O, Visible<V, E>, E> & UnknownOptions<O, SucceedOptions> : FilterCheck<P, O> & JsonPathModeChecks<E, O>;

export type FailCheckFor<P, I, O, V, E> =
  IsJsonata<E, O> extends true ? JsonataPlainCheck<"Fail", P, I, O, Visible<V, E>, E> & UnknownOptions<O, FailOptions> : FailCheck<P, I, O, Visible<V, E>> & JsonPathModeChecks<E, O>;
