/**
 * Type-level reading of JSONata expressions (`{% … %}`) against the payload, result, error
 * output, context object and variables of the state that holds them.
 *
 * Two things are read, both from the text alone and in time that follows its length:
 * - the value of the common expressions: a reference (`$states.input.order.id`, `$total`,
 *   `$states.context.Execution.Id`) or a literal; anything else is `unknown` (write
 *   `jsonata(expression, schema)` to give it a type);
 * - the references any expression makes: every `$states.…` path and (where the expression binds
 *   no names of its own) every variable is checked, so a misspelt field or a variable no path
 *   assigns is reported on the option that holds it.
 *
 * Paths follow JSONata: a step into an array maps over its elements (`$states.input.items.sku`
 * is the list of every item's sku), so the value is an array of what the step gives; `[n]`
 * selects an element (`$states.result[0]`, the first branch's output of a Parallel).
 */
import type { Canonical } from "../path/canonical.ts";
import type { AnyEntry, EntryAt, EntryValue, Fields } from "../path/fields.ts";
import type { Describe, Errors, IsAny, PathError, VariableValue } from "../path/path-types.ts";
import type { Problem } from "../payload/template-types.ts";
import type { JsonataExpression } from "./jsonata-value.ts";
import type { JsonataFunctionName } from "./functions.ts";
import type { Alternatives } from "../path/field-list.ts";
import type { Completing, ExpressionCompleting, MayBeOpen } from "./expression-completions.ts";


/**
 * What `$states` holds at a JSONata field, and the variables visible there (canonical objects).
 * A part the field may not read is `Unavailable<why>`.
 */
export interface ExpressionScope<Input, Result, ErrorOut, Context, Variables> {
  readonly input: Input;
  readonly result: Result;
  readonly errorOutput: ErrorOut;
  readonly context: Context;
  readonly variables: Variables;
}

/** Marks a part of `$states` that is not available in this field, with the reason. */
export interface Unavailable<M extends string> {
  readonly "aslc unavailable": M;
}

export type NoResult = Unavailable<"$states.result is available only in the output and assign of a Task, Parallel or Map">;
export type NoErrorOutput = Unavailable<"$states.errorOutput is available only in the output and assign of a catcher">;


// ---------------------------------------------------------------------------------------------
// Paths

type FieldOfMember<O, N extends string, Here extends string> = O extends readonly (infer E)[]
  ? MapStep<E, N, Here>
  : O extends Fields<infer En extends AnyEntry>
    ? [EntryAt<En, N>] extends [never]
      ? PathError<`${Here} has no field '${N}'`>
      : EntryValue<EntryAt<En, N>>
    : O extends object
      ? N extends keyof O
        ? O[N]
        : string extends keyof O
          ? O[keyof O & string]
          : PathError<`${Here} has no field '${N}'`>
      : PathError<`${Here} is ${Describe<O>}, so it has no field '${N}'`>;

/** JSONata maps a step over an array and flattens what comes back by one level. */
type MapStep<E, N extends string, Here extends string> =
  FieldOf<E, N, Here> extends infer R ? ([Errors<R>] extends [never] ? Flat<Exclude<R, undefined>>[] : Errors<R>) : never;

type Flat<R> = R extends readonly (infer X)[] ? X : R;

type FieldOf<V, N extends string, Here extends string> =
  IsAny<V> extends true ? any : unknown extends V ? unknown : FieldOfMember<NonNullable<V>, N, Here> | (undefined extends V ? undefined : never);

/** The name a step starts with, and the rest (from its `.` or `[`). */
type NextName<S extends string> = S extends `${infer N}.${infer R}`
  ? N extends `${infer M}[${infer X}`
    ? [M, `[${X}.${R}`]
    : [N, `.${R}`]
  : S extends `${infer M}[${infer X}`
    ? [M, `[${X}`]
    : [S, ""];

/**
 * `[n]` on a value: an array's element (possibly absent), a tuple's n-th; JSONata treats any
 * other value as a sequence of one.
 */
type IndexOf<V, D extends string> =
  IsAny<V> extends true
    ? any
    : unknown extends V
      ? unknown
      : NonNullable<V> extends infer A
        ? A extends readonly unknown[]
          ? D extends keyof A
            ? A[D]
            : A[number] | undefined
          : D extends "0"
            ? V
            : undefined
        : never;

/**
 * Walks the steps (`.name` and `[n]`) of a path. Once a step has mapped over an array, an index
 * applies to each element's value rather than to the list, which the types do not follow: the
 * value is then unknown.
 */
type Walk<V, S extends string, Here extends string, Mapped extends boolean> = S extends ""
  ? V
  : S extends `[${infer D}]${infer Rest}`
    ? Mapped extends true
      ? unknown
      : Step<IndexOf<V, D>, Rest, `${Here}[${D}]`, false>
    : S extends `.${infer Tail}`
      ? NextName<Tail> extends [infer Name extends string, infer Rest extends string]
        ? Step<FieldOf<V, Name, Here>, Rest, `${Here}.${Name}`, Mapped extends true ? true : NonNullable<V> extends readonly unknown[] ? true : false>
        : never
      : unknown;

type Step<R, Rest extends string, Here extends string, Mapped extends boolean> = [Errors<R>] extends [never] ? Walk<R, Rest, Here, Mapped> : Errors<R>;

/** The value at the steps (`.a.b[0]`, or "" for the root) under Root, or a PathError. */
export type ReadSteps<V, Steps extends string, Root extends string> = Walk<V, Steps, Root, false> extends infer R ? ([Errors<R>] extends [never] ? R : Errors<R>) : never;

// ---------------------------------------------------------------------------------------------
// References

/** Characters that end a path: anything that is not part of a name or a dot. */
export type Stop =
  | " " | "\n" | "\t" | "\r" | "(" | ")" | "[" | "]" | "{" | "}" | "+" | "-" | "*" | "/" | "%" | "=" | "<" | ">" | "!" | "&" | "|"
  | "," | ":" | "?" | "'" | '"' | "$" | "~" | "^" | ";" | "@" | "#" | "`";

/** Splits S into the path at its start (names, dots and `[n]` indexes) and what follows. */
export type TakePath<S extends string, Acc extends string = ""> = S extends `${infer C}${infer R}`
  ? C extends "["
    ? R extends `${infer D extends `${number}`}]${infer After}`
      ? D extends `${string}${"." | "-" | "e" | "E" | " "}${string}`
        ? [Acc, S]
        : TakePath<After, `${Acc}[${D}]`>
      : [Acc, S]
    : C extends Stop
      ? [Acc, S]
      : TakePath<R, `${Acc}${C}`>
  : [Acc, ""];

export type TrimDot<P extends string> = P extends `${infer Q}.` ? TrimDot<Q> : P;

/** The value a reference `$` + Path reads (Path without the `$`), or a PathError. */
export type Reference<Sc, Path extends string> = Sc extends ExpressionScope<infer In, infer Res, infer Err, infer Cx, infer VV>
  ? Path extends `states.input${infer Steps}`
    ? ReadSteps<In, Steps, "$states.input">
    : Path extends `states.result${infer Steps}`
      ? Part<Res, Steps, "$states.result">
      : Path extends `states.errorOutput${infer Steps}`
        ? Part<Err, Steps, "$states.errorOutput">
        : Path extends `states.context${infer Steps}`
          ? ReadSteps<Cx, Steps, "$states.context">
          : Path extends "states"
            ? unknown
            : Path extends `states.${string}`
            ? PathError<`$${Path} is not part of $states: read $states.input, $states.result, $states.errorOutput or $states.context`>
            : Path extends `${infer Name}.${infer Steps}`
              ? VariableSteps<VariableValue<VV, Name>, `.${Steps}`, Name>
              : VariableValue<VV, Path>
  : never;

type Part<V, Steps extends string, Root extends string> = V extends Unavailable<infer M> ? PathError<M> : ReadSteps<V, Steps, Root>;

type VariableSteps<V, Steps extends string, Name extends string> = [V] extends [PathError<string>] ? V : ReadSteps<V, Steps, `$${Name}`>;

// ---------------------------------------------------------------------------------------------
// The value of an expression

type Space = " " | "\n" | "\t" | "\r";
export type Trim<S extends string> = S extends `${Space}${infer R}` ? Trim<R> : S extends `${infer R}${Space}` ? Trim<R> : S;

/** The expression's value when it is a reference or a literal; unknown otherwise. */
type ExpressionValue<Sc, B extends string> = B extends `$${infer After}`
  ? TakePath<After> extends [infer Path extends string, ""]
    ? Path extends ""
      ? unknown
      : Reference<Sc, Path>
    : unknown
  : B extends "true" | "false"
    ? boolean
    : B extends "null"
      ? null
      : B extends `${number}`
        ? number
        : B extends `'${infer Text}'` | `"${infer Text}"`
          ? Text extends `${string}${"'" | '"'}${string}`
            ? unknown
            : string
          : unknown;

/** Removes quoted strings and comments, whose text is not code. */
type StripStrings<S extends string> = StripQuotes<StripComments<S>>;

type StripQuotes<S extends string> = S extends `${infer A}'${string}'${infer B}` ? `${A}''${StripQuotes<B>}` : S;

type StripComments<S extends string> = S extends `${infer A}/*${string}*/${infer B}` ? `${A} ${StripComments<B>}` : S;

/** Expressions that bind names of their own (`:=`, lambdas): their `$x` may be a local name. */
type BindsNames<B extends string> = B extends `${string}:=${string}` | `${string}function${string}` | `${string}λ${string}` ? true : false;

/** The first problem among the references of expression text S, or never. */
type ScanReferences<Sc, S extends string, Locals extends boolean> = S extends `${string}$${infer After}`
  ? TakePath<After> extends [infer Path extends string, infer Rest extends string]
    ? ReferenceProblem<Sc, TrimDot<Path>, Rest, Locals> extends infer M
      ? [M] extends [never]
        ? ScanReferences<Sc, Rest, Locals>
        : M
      : never
    : never
  : never;

type ReferenceProblem<Sc, Path extends string, Rest extends string, Locals extends boolean> = Path extends ""
  ? never
  : Path extends `states.${string}`
    ? Message<Reference<Sc, Path>>
    : Rest extends `(${string}` | ` (${string}`
      ? Locals extends true
        ? never
        : FunctionProblem<Path>
      : Locals extends true
        ? never
        : Message<Reference<Sc, Path>>;

/**
 * A call of a function neither JSONata nor Step Functions has, with the known ones that start
 * and end with the same letters (what a misspelling most likely meant).
 */
type FunctionProblem<Name extends string> = Name extends JsonataFunctionName | `${string}.${string}`
  ? never
  : Name extends `${infer First}${string}`
    ? Extract<JsonataFunctionName, `${First}${string}${LastLetter<Name>}`> extends infer Near extends string
      ? `$${Name} is not a JSONata function${[Near] extends [never] ? "" : `: did you mean ${Alternatives<Near, "$">}?`}`
      : never
    : never;

type LastLetter<S extends string> = S extends `${string}${infer Rest}` ? (Rest extends "" ? S : LastLetter<Rest>) : "";

type Message<V> = [Errors<V>] extends [never] ? never : Errors<V> extends PathError<infer M> ? M : never;

// ---------------------------------------------------------------------------------------------
// JSONata values: types and checks

/** What `{% B %}` gives, in canonical form (unknown for what the types do not follow). */
type ExpressionOut<Sc, B extends string> = ExpressionValue<Sc, Trim<B>> extends infer V ? ([Errors<V>] extends [never] ? Canonical<V> : unknown) : never;

/** True for types that are not literal values (index signatures, open arrays, plain string). */
type IsWide<V> = V extends readonly unknown[] ? (number extends V["length"] ? true : false) : V extends object ? (string extends keyof V ? true : false) : false;

/** The value a JSONata value X gives at a field whose `$states` and variables are Sc, in canonical form. */
export type JsonataOut<Sc, X> =
  IsAny<X> extends true
    ? any
    : X extends JsonataExpression<infer V>
      ? Canonical<V>
      : X extends string
        ? string extends X
          ? unknown
          : X extends `{%${infer B}%}`
            ? ExpressionOut<Sc, B>
            : X
        : X extends number | boolean | null
          ? X
          : IsWide<X> extends true
            ? unknown
            : X extends readonly unknown[]
              ? { -readonly [I in keyof X]: JsonataOut<Sc, X[I]> }
              : X extends object
                ? { [K in keyof X & string]-?: JsonataOut<Sc, X[K]> extends infer V ? readonly [K, V] : never }[keyof X & string] extends infer E
                  ? Fields<E>
                  : never
                : unknown;

/** The first problem of expression text B, or never. */
export type ExpressionProblem<Sc, B extends string> =
  Trim<B> extends `$${string}` | `$$${string}`
    ? Trim<B> extends "$" | "$$" | `$.${string}` | `$$.${string}` | `$[${string}`
      ? `JSONata reads the state's input as $states.input and the context as $states.context, not with $ or $$`
      : ScanReferences<Sc, StripStrings<B>, BindsNames<B>>
    : ScanReferences<Sc, StripStrings<B>, BindsNames<B>>;

/**
 * Intersected with a JSONata value argument: each expression with a bad reference gets a Problem;
 * one still being written, what the editor offers (expression-completions.ts).
 */
export type JsonataCheck<Sc, X> =
  IsAny<X> extends true
    ? unknown
    : X extends string
      ? X extends `{%${infer B}%}`
        ? [ExpressionProblem<Sc, B>] extends [never]
          ? MayBeOpen<B> extends true
            ? ExpressionCompleting<Sc, B, "%}">
            : unknown
          : Problem<ExpressionProblem<Sc, B>>
        : X extends `{%${infer B}`
          ? ExpressionCompleting<Sc, B, "">
          : unknown
      : X extends JsonataExpression
        ? unknown
        : IsWide<X> extends true
          ? unknown
          : X extends readonly unknown[]
            ? { [I in keyof X]: JsonataCheck<Sc, X[I]> }
            : X extends object
              ? { [K in keyof X]: JsonataCheck<Sc, X[K]> }
              : unknown;

/**
 * For fields that take a value of one type (TimeoutSeconds a number, Items an array, a
 * Condition a boolean): the value, when the types know it, must be one.
 */
export type JsonataTypedCheck<Sc, X, Want, What extends string, WantName extends string> =
  [JsonataCheck<Sc, X>] extends [Problem<string> | Completing<string>]
    ? JsonataCheck<Sc, X>
    : X extends `{%${infer B}%}`
      ? ExpressionValue<Sc, Trim<B>> extends infer V
        ? IsAny<V> extends true
          ? unknown
          : unknown extends V
            ? unknown
            : [Errors<V>] extends [never]
              ? [NonNullable<V>] extends [Want]
                ? unknown
                : Problem<`${What} needs ${WantName}, but ${Trim<B>} is ${Describe<NonNullable<V>>}`>
              : unknown
        : unknown
      : unknown;
