/**
 * A state's Retry and Catch entries as the types see them: a retrier's literal numbers against
 * the field spec's ranges (RETRIER), and error names, where a name under the reserved `States.`
 * prefix must be one Step Functions raises. Other names (Lambda's, a service's, the author's
 * own) stay free.
 */
import type { RETRIER } from "../../ir/spec/nested.ts";
import type { Problem } from "../../payload/template-types.ts";
import type { ErrorName, PredefinedErrorList, PredefinedError } from "../error-names.ts";
import type { OutOfRange, RangeText } from "./number-range.ts";

type Join<L, Sep extends string> = [L] extends [readonly [infer F extends string, ...infer R]] ? (R extends readonly [] ? F : `${F}${Sep}${Join<R, Sep>}`) : "";

/** The predefined error names as one sentence, computed once. */
type KnownErrors = Join<PredefinedErrorList, ", ">;

/** The names of L starting with Start after `States.`, whatever the case. */
type Starting<L, Start extends string> = L extends readonly [infer F extends string, ...infer R]
  ? Uppercase<F> extends `STATES.${Start}${string}`
    ? [F, ...Starting<R, Start>]
    : Starting<R, Start>
  : [];

/** The predefined names starting with the same two letters after `States.`: what a misspelling most likely meant. */
type Nearest<N extends string> = Uppercase<N> extends `STATES.${infer A}${infer B}${string}` ? Starting<PredefinedErrorList, `${A}${B}`> : [];

type Suggestion<N extends string> = Nearest<N> extends infer S extends readonly string[] ? (S extends readonly [] ? `use one of ${KnownErrors}` : `did you mean ${Join<S, " or ">}?`) : never;

/** A name that is not one Step Functions raises but uses its prefix, or unknown for a good one. */
export type ErrorNameCheck<N> = N extends `States.${string}`
  ? N extends PredefinedError
    ? unknown
    : Problem<`'${N}' is not a Step Functions error (names starting with 'States.' are reserved): ${Suggestion<N>}`>
  : unknown;

/** Each name of an ErrorEquals list. */
export type ErrorNamesCheck<L> = { readonly [K in keyof L]: ErrorNameCheck<L[K]> };

/**
 * An ErrorEquals argument: the list itself when every name is good, so that a message about
 * the list's shape (an empty list) names the parameter's type as it is written. While the editor
 * works out what to offer, the name being typed is a plain string: then the known names.
 */
export type ErrorNamesArg<L extends readonly unknown[]> = string extends L[number]
  ? readonly [ErrorName, ...ErrorName[]]
  : [BadNames<L>] extends [never]
    ? L
    : L & NoInfer<ErrorNamesCheck<L>>;

/** The retrier's fields that have a range, with the range and the ASL name: read from the spec once. */
type RetrierRanges = { readonly [K in keyof typeof RETRIER as (typeof RETRIER)[K] extends { readonly range: object } ? K : never]: (typeof RETRIER)[K] };

type RetrierCheck<X> = {
  readonly [K in keyof X]: K extends "errorEquals"
    ? ErrorNamesCheck<X[K]>
    : K extends keyof RetrierRanges
      ? OutOfRange<X[K], RetrierRanges[K]["range"]> extends true
        ? Problem<`${RetrierRanges[K]["asl"]} is ${X[K] & number}; it must be ${RangeText<RetrierRanges[K]["range"]>}`>
        : unknown
      : unknown;
};

type CatcherCheck<X> = { readonly [K in keyof X]: K extends "errorEquals" ? ErrorNamesCheck<X[K]> : unknown };

type EachRetrier<L> = { readonly [K in keyof L]: RetrierCheck<L[K]> };
type EachCatcher<L> = { readonly [K in keyof L]: CatcherCheck<L[K]> };

/** A name under the reserved prefix that Step Functions does not raise, among the names L. */
type BadNames<L> = L extends readonly unknown[] ? Exclude<Extract<L[number], `States.${string}`>, PredefinedError> : never;

/** Whether a retrier has a number out of its range or a bad error name: most have neither, and then nothing is checked further. */
type RetrierWrong<X> = X extends unknown
  ? | (X extends { readonly errorEquals: infer L } ? ([BadNames<L>] extends [never] ? never : true) : never)
    | { [K in keyof X & keyof RetrierRanges]: OutOfRange<X[K], RetrierRanges[K]["range"]> }[keyof X & keyof RetrierRanges]
  : never;

type CatcherWrong<X> = X extends { readonly errorEquals: infer L } ? ([BadNames<L>] extends [never] ? never : true) : never;

/**
 * The checks of a state's `retry` and `catch` options. Only entries with a mistake get a
 * check (an intersection tsc must compare the options with); the others cost a test each.
 */
export type RetryCatchCheck<O> = (O extends { readonly retry: infer R extends readonly unknown[] }
  ? true extends RetrierWrong<R[number]>
    ? { readonly retry: EachRetrier<R> }
    : unknown
  : unknown) &
  (O extends { readonly catch: infer C extends readonly unknown[] } ? (true extends CatcherWrong<C[number]> ? { readonly catch: EachCatcher<C> } : unknown) : unknown);
