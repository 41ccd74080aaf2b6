/**
 * Type-level payload templates (Parameters, ResultSelector, ItemSelector, Credentials, …).
 *
 * A template is a JSON-like object whose values may be `.$` keys holding a path or intrinsic
 * expression (ASL's own spelling), `ref(path)` values, intrinsic helpers, or `unchecked(…)` reads
 * (whose value is `unknown` and which are not checked). `TemplateResult`
 * computes the object the template produces, in the canonical form payloads take (fields.ts):
 * it is built from the template's entries alone, so the result does not carry the payload it
 * was read from. `TemplateCheck` is intersected with the argument so a bad path is reported on
 * the very property that holds it.
 */
import type { Canonical } from "../path/canonical.ts";
import type { Fields, MergedEntries } from "../path/fields.ts";
import type { Describe, IsAny, PathError, PathErrorArg, PathFails, PathMessage, Resolve } from "../path/path-types.ts";
import type { View } from "../path/view.ts";
import type { INTRINSIC_FUNCTIONS, IntrinsicParam } from "./intrinsic-functions.ts";
import type { Intrinsic, IntrinsicName } from "./intrinsic.ts";
import type { IntrinsicArityProblem, IntrinsicTextError, ReadIntrinsic } from "./intrinsic-text-types.ts";
import type { Ref } from "./ref.ts";
import type { UncheckedRead } from "./unchecked.ts";

/**
 * Attached to an argument property that is wrong; tsc prints the message. The object type is
 * the result of a conditional, so tsc prints it as what it is, `{ readonly "aslc error": "…" }`,
 * and not as a reference to this alias: what the author reads is the sentence.
 */
export type Problem<M extends string> = [M] extends [unknown] ? { readonly "aslc error": M } : never;

/** Anything a template may contain. */
export type Template = { readonly [key: string]: TemplateValue } | readonly TemplateValue[];

/**
 * A state's Parameters: a template, or any other JSON value, which becomes the effective input
 * as written. The States Language calls Parameters an object, but Step Functions creates and runs
 * state machines whose Parameters is a string, number, boolean, null or list (as AWS found testing
 * the service: aws/amazon-states-language-service#83, aws/aws-toolkit-vscode#2459).
 */
export type ParametersTemplate = Template | string | number | boolean | null;
export type TemplateValue =
  | string
  | number
  | boolean
  | null
  | Ref
  | Intrinsic
  | UncheckedRead
  | readonly TemplateValue[]
  | { readonly [key: string]: TemplateValue };


/**
 * True for types that are not literal templates (index signatures, open arrays). The checker
 * instantiates checks with a method's constraint while it infers; stopping there keeps the
 * recursive TemplateValue type from being walked forever.
 */
type IsWide<V> = true extends WideMember<V> ? true : false;

/**
 * Judged per member, and wide when any member is: an optional template seen through the
 * constraint is `Template | undefined`, and the undefined member must not hide the wide one.
 */
type WideMember<V> = V extends readonly unknown[] ? (number extends V["length"] ? true : false) : string extends keyof V ? true : false;

// ---------------------------------------------------------------------------------------------
// Intrinsic results and argument checks

type ArgValue<T, C, A> = A extends Ref<infer P> ? Resolve<T, C, P> : A extends Intrinsic<infer N, infer As, infer D> ? IntrinsicResult<T, C, N, As, D> : A extends string ? string : A extends number ? number : A;

type ElementType<V> = IsAny<V> extends true ? any : NonNullable<V> extends readonly (infer E)[] ? E : unknown;


type Merge<A, B> = IsAny<A> extends true
  ? any
  : unknown extends A
    ? unknown
    : unknown extends B
      ? unknown
      : [Canonical<A>, Canonical<B>] extends [Fields<infer EA>, Fields<infer EB>]
        ? MergedEntries<EA, EB> extends infer E
          ? Fields<E>
          : never
        : unknown;

type Fn<N extends IntrinsicName> = (typeof INTRINSIC_FUNCTIONS)[N];

/** The values of the fixed result kinds of the table of intrinsic functions. */
interface FixedResults {
  readonly string: string;
  readonly number: number;
  readonly boolean: boolean;
  readonly "number[]": number[];
  readonly "string[]": string[];
}

/**
 * The value an intrinsic produces, given the payload T and context C at the state; D is what
 * the author declared a StringToJson call gives.
 */
export type IntrinsicResult<T, C, N extends IntrinsicName, A extends readonly unknown[], D = unknown> = Fn<N>["result"] extends infer K
  ? K extends keyof FixedResults
    ? FixedResults[K]
    : K extends "json"
      ? D
      : N extends "States.Array"
        ? ArgValue<T, C, A[number]>[]
        : N extends "States.ArrayPartition"
          ? ElementType<ArgValue<T, C, A[0]>>[][]
          : N extends "States.ArrayGetItem"
            ? ElementType<ArgValue<T, C, A[0]>>
            : N extends "States.ArrayUnique"
              ? ElementType<ArgValue<T, C, A[0]>>[]
              : N extends "States.JsonMerge"
                ? Merge<ArgValue<T, C, A[0]>, ArgValue<T, C, A[1]>>
                : unknown
  : never;

/** What each parameter kind of the table holds, and its name in messages. */
interface ParamTypes {
  readonly string: [string, "a string"];
  readonly number: [number, "a number"];
  readonly boolean: [boolean, "a boolean"];
  readonly array: [readonly unknown[], "an array"];
  readonly object: [object, "an object"];
  readonly value: [unknown, "a value"];
}

/** What each argument position of an intrinsic must hold, with its name for messages. */
type Wants<N extends IntrinsicName> = Wanted<Fn<N>["params"]>;

type Wanted<P extends readonly IntrinsicParam[]> = { -readonly [I in keyof P]: ParamTypes[P[I]] };

type ArgProblem<T, C, N extends IntrinsicName, A, W> = A extends Ref<infer P>
  ? Resolve<T, C, P> extends infer V
    ? V extends PathError<infer M>
      ? `${N}: ${M}`
      : W extends [infer Want, infer WantName extends string]
        ? IsAny<V> extends true
          ? never
          : unknown extends V
            ? never
            : [NonNullable<V>] extends [Want]
              ? never
              : `${N} needs ${WantName}, but ${P} is ${Describe<NonNullable<V>>}`
        : never
    : never
  : A extends Intrinsic<infer N2, infer A2, infer D2>
    ? [IntrinsicProblem<T, C, N2, A2>] extends [never]
      ? NestedResultProblem<N, N2, IntrinsicResult<T, C, N2, A2, D2>, W>
      : IntrinsicProblem<T, C, N2, A2>
    : A extends string | number | boolean | null
      ? LiteralProblem<N, A, W>
      : never;

/** A literal (in intrinsic text; the helpers' parameter types admit only fitting ones) must fit too. */
type LiteralProblem<N extends IntrinsicName, A extends string | number | boolean | null, W> = W extends [infer Want, infer WantName extends string]
  ? [A] extends [Want]
    ? never
    : `${N} needs ${WantName}, but ${A extends string ? `'${A}'` : `${A}`} is ${Describe<A>}`
  : never;

/** A nested intrinsic must produce what the outer one wants, as a path argument must. */
type NestedResultProblem<N extends IntrinsicName, N2 extends IntrinsicName, R, W> = W extends [infer Want, infer WantName extends string]
  ? IsAny<R> extends true
    ? never
    : unknown extends R
      ? never
      : [R] extends [Want]
        ? never
        : `${N} needs ${WantName}, but ${N2}(…) gives ${Describe<R>}`
  : never;

type ArgsProblem<T, C, N extends IntrinsicName, A extends readonly unknown[], W extends readonly unknown[]> = A extends readonly [infer First, ...infer Rest]
  ? ArgProblem<T, C, N, First, W extends readonly [infer W0, ...unknown[]] ? W0 : never> extends infer P
    ? [P] extends [never]
      ? ArgsProblem<T, C, N, Rest, W extends readonly [unknown, ...infer WR] ? WR : []>
      : P
    : never
  : never;

/** The first problem with an intrinsic's arguments, or never. */
export type IntrinsicProblem<T, C, N extends IntrinsicName, A extends readonly unknown[]> = ArgsProblem<T, C, N, A, Wants<N>>;

// ---------------------------------------------------------------------------------------------
// Template output

type DollarOut<T, C, V> = V extends string
  ? V extends `States.${string}`
    ? ReadIntrinsic<V> extends Intrinsic<infer N, infer A>
      ? Canonical<IntrinsicResult<T, C, N, A>>
      : unknown
    : Canonical<Resolve<T, C, V>>
  : ValueOut<T, C, V>;

/** A template value's result, in canonical form. */
export type ValueOut<T, C, V> = IsWide<V> extends true
  ? V
  : V extends Ref<infer P>
    ? Canonical<Resolve<T, C, P>>
    : V extends UncheckedRead
      ? unknown
    : V extends Intrinsic<infer N, infer A, infer D>
      ? Canonical<IntrinsicResult<T, C, N, A, D>>
      : V extends readonly unknown[]
        ? { -readonly [I in keyof V]: ValueOut<T, C, V[I]> }
        : V extends object
          ? TemplateResult<T, C, V>
          : V;

/** The entry a template field produces: `.$` fields drop the suffix and take the path's value. */
type TemplateEntry<T, C, K extends string, V> = K extends `${infer Name}.$`
  ? DollarOut<T, C, V> extends infer X
    ? readonly [Name, X]
    : never
  : ValueOut<T, C, V> extends infer X
    ? readonly [K, X]
    : never;

/**
 * The value a template produces when evaluated against payload T with context C, in canonical
 * form: an object template gives `Fields` of its entries, an array template the tuple of its
 * elements' values, any other value itself.
 */
export type TemplateResult<T, C, P> = IsWide<P> extends true
  ? unknown
  : P extends string | number | boolean | null
    ? P
    : P extends readonly unknown[]
      ? { -readonly [I in keyof P]: ValueOut<T, C, P[I]> }
      : { [K in keyof P & string]-?: TemplateEntry<T, C, K, P[K]> }[keyof P & string] extends infer E
        ? Fields<E>
        : never;

/** The object a template produces when evaluated against payload T with context C, as plain types. */
export type TemplateOut<T, C, P> = View<TemplateResult<T, C, P>>;

// ---------------------------------------------------------------------------------------------
// Template checks

/** Intrinsic text is read as the helpers build it, then checked as they are, and for its arity. */
export type IntrinsicTextCheck<T, C, V extends string> = ReadIntrinsic<V> extends infer I
  ? I extends IntrinsicTextError<infer M>
    ? Problem<`${V}: ${M}`>
    : I extends Intrinsic<infer N, infer A>
      ? [IntrinsicArityProblem<N, A>] extends [never]
        ? ValueCheck<T, C, I>
        : Problem<IntrinsicArityProblem<N, A>>
      : unknown
  : unknown;

type DollarCheck<T, C, V> = V extends string
  ? V extends `States.${string}`
    ? IntrinsicTextCheck<T, C, V>
    : PathFails<Resolve<T, C, V>> extends false
      ? unknown
      : PathErrorArg<Resolve<T, C, V>>
  : V extends Ref | Intrinsic | UncheckedRead
    ? ValueCheck<T, C, V>
    : Problem<"a field whose name ends in .$ takes a path or an intrinsic function as a string">;

/** A template value's checks: a path's or intrinsic's problem, a nested template's checks. */
export type ValueCheck<T, C, V> = IsWide<V> extends true
  ? unknown
  : V extends Ref<infer P>
  ? PathFails<Resolve<T, C, P>> extends false
    ? unknown
    : Problem<PathMessage<Resolve<T, C, P>>>
  : V extends UncheckedRead
  ? unknown
  : V extends Intrinsic<infer N, infer A>
    ? IntrinsicProblem<T, C, N, A> extends infer M
      ? [M] extends [never]
        ? unknown
        : Problem<M & string>
      : unknown
    : V extends readonly unknown[]
      ? { [I in keyof V]: ValueCheck<T, C, V[I]> }
      : V extends object
        ? TemplateCheck<T, C, V>
        : unknown;

/** Intersected with a template argument: each bad path or intrinsic gets a Problem. */
export type TemplateCheck<T, C, P> = IsWide<P> extends true
  ? unknown
  : P extends string | number | boolean | null
    ? unknown
    : P extends readonly unknown[]
      ? { [I in keyof P]: ValueCheck<T, C, P[I]> }
      : { [K in keyof P]: K extends `${string}.$` ? DollarCheck<T, C, P[K]> : ValueCheck<T, C, P[K]> };
