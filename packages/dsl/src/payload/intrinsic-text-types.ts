/**
 * Type-level reading of intrinsic calls written as text (`"greeting.$": "States.Format('Hi
 * {}',$.name)"`), so the author's text, emitted as written, is typed and checked like the typed
 * helpers: `ReadIntrinsic<S>` gives the `Intrinsic` the helpers would have built (paths as
 * `Ref`s, nested calls as `Intrinsic`s, string literals as their text), or a syntax problem.
 * The template types then compute the call's result and check its paths and argument kinds, and
 * `IntrinsicArityProblem` checks the number of arguments against the table of intrinsic
 * functions. The reading goes through the text once, in time that follows its length.
 */
import type { INTRINSIC_FUNCTIONS, IntrinsicName } from "./intrinsic-functions.ts";
import type { Intrinsic } from "./intrinsic.ts";
import type { Ref } from "./ref.ts";

/** Why the text is not an intrinsic call. */
export interface IntrinsicTextError<M extends string> {
  readonly "aslc intrinsic text": M;
}

type Space = " " | "\n" | "\t" | "\r";
type SkipSpace<S extends string> = S extends `${Space}${infer R}` ? SkipSpace<R> : S;
type TrimEnd<S extends string> = S extends `${infer R}${Space}` ? TrimEnd<R> : S;

/** `[value, rest]` after reading one item, or the problem. */
type Read<V = unknown, R extends string = string> = readonly [V, R];

/** A call `States.Name(args)` at the start of S. */
type ReadCall<S extends string> = S extends `States.${infer Rest}`
  ? Rest extends `${infer Name}(${infer Args}`
    ? `States.${TrimEnd<Name>}` extends infer N extends string
      ? N extends IntrinsicName
        ? ReadArgs<N, SkipSpace<Args>, []>
        : IntrinsicTextError<`${N} is not an intrinsic function`>
      : never
    : IntrinsicTextError<`'${S}' is not a call: write States.Name(arguments)`>
  : IntrinsicTextError<`'${S}' is not a call: write States.Name(arguments)`>;

/** The arguments of call N after its `(`, up to its `)`. */
type ReadArgs<N extends IntrinsicName, S extends string, Acc extends readonly unknown[]> = Acc extends []
  ? S extends `)${infer R}`
    ? Read<Intrinsic<N, []>, R>
    : ReadNext<N, S, Acc>
  : ReadNext<N, S, Acc>;

type ReadNext<N extends IntrinsicName, S extends string, Acc extends readonly unknown[]> =
  ReadArg<S> extends infer A
    ? A extends Read<infer V, infer R>
      ? SkipSpace<R> extends `,${infer Next}`
        ? ReadArgs<N, SkipSpace<Next>, [...Acc, V]>
        : SkipSpace<R> extends `)${infer After}`
          ? Read<Intrinsic<N, [...Acc, V]>, After>
          : IntrinsicTextError<`${N}: expected ',' or ')' after argument ${[...Acc, V]["length"]}`>
      : A
    : never;

/** One argument: a string, a nested call, a path, a number, true, false or null. */
type ReadArg<S extends string> = S extends `'${infer R}`
  ? ReadString<R>
  : S extends `States.${string}`
    ? ReadCall<S>
    : S extends `$${string}`
      ? ReadPath<S, "", []>
      : ReadWord<S, "">;

/** A quoted string's text (escapes kept), and what follows its closing quote. */
type ReadString<S extends string> = S extends `${infer Chunk}'${infer R}`
  ? Chunk extends `${string}\\${string}`
    ? ReadEscaped<S, "">
    : Read<Chunk, R>
  : IntrinsicTextError<"a string is not closed">;

type ReadEscaped<S extends string, Acc extends string> = S extends `\\${infer C}${infer R}`
  ? ReadEscaped<R, `${Acc}\\${C}`>
  : S extends `'${infer R}`
    ? Read<Acc, R>
    : S extends `${infer C}${infer R}`
      ? ReadEscaped<R, `${Acc}${C}`>
      : IntrinsicTextError<"a string is not closed">;

/** A path runs to the next `,`, `)` or space outside brackets and quotes. */
type ReadPath<S extends string, Acc extends string, Depth extends readonly 0[]> = S extends `${infer C}${infer R}`
  ? C extends "," | ")" | Space
    ? Depth extends []
      ? Read<Ref<Acc>, S>
      : ReadPath<R, `${Acc}${C}`, Depth>
    : C extends "["
      ? ReadPath<R, `${Acc}${C}`, [...Depth, 0]>
      : C extends "]"
        ? ReadPath<R, `${Acc}${C}`, Depth extends readonly [0, ...infer D extends 0[]] ? D : Depth>
        : C extends "'"
          ? R extends `${infer Q}'${infer After}`
            ? ReadPath<After, `${Acc}'${Q}'`, Depth>
            : IntrinsicTextError<"a string is not closed">
          : ReadPath<R, `${Acc}${C}`, Depth>
  : Read<Ref<Acc>, "">;

/** A number, true, false or null, up to the next `,`, `)` or space. */
type ReadWord<S extends string, Acc extends string> = S extends `${infer C}${infer R}`
  ? C extends "," | ")" | Space
    ? Word<Acc, S>
    : ReadWord<R, `${Acc}${C}`>
  : Word<Acc, "">;

type Word<W extends string, Rest extends string> = W extends "true"
  ? Read<true, Rest>
  : W extends "false"
    ? Read<false, Rest>
    : W extends "null"
      ? Read<null, Rest>
      : W extends `${infer X extends number}`
        ? Read<X, Rest>
        : IntrinsicTextError<W extends "" ? "expected an argument" : `'${W}' is not an argument: strings go in single quotes, paths start with $`>;

/** The call the text writes, as the typed helpers would build it, or the problem with the text. */
export type ReadIntrinsic<S extends string> = ReadCall<SkipSpace<S>> extends infer R
  ? R extends Read<infer I, infer Rest>
    ? Rest extends ""
      ? I
      : IntrinsicTextError<`unexpected '${Rest}' after the call`>
    : R
  : never;

// ---------------------------------------------------------------------------------------------
// The number of arguments, from the table

type Fn<N extends IntrinsicName> = (typeof INTRINSIC_FUNCTIONS)[N];
type MinArgs<N extends IntrinsicName> = Fn<N> extends { readonly required: infer R extends number } ? R : Fn<N>["params"]["length"];
type Arguments<K extends number> = K extends 1 ? "1 argument" : `${K} arguments`;
type Takes<N extends IntrinsicName> = Fn<N> extends { readonly rest: string }
  ? `at least ${Arguments<MinArgs<N>>}`
  : MinArgs<N> extends Fn<N>["params"]["length"]
    ? Arguments<MinArgs<N>>
    : `${MinArgs<N>} to ${Fn<N>["params"]["length"]} arguments`;

type Tuple<K extends number, T extends readonly 0[] = []> = T["length"] extends K ? T : Tuple<K, [...T, 0]>;

/** True when K arguments fit N: at least its required ones, and no more than it takes. */
type Fits<N extends IntrinsicName, K extends number> = Tuple<K> extends readonly [...Tuple<MinArgs<N>>, ...unknown[]]
  ? Fn<N> extends { readonly rest: string }
    ? true
    : Tuple<Fn<N>["params"]["length"]> extends readonly [...Tuple<K>, ...unknown[]]
      ? true
      : false
  : false;

/** Placeholders `{}` in a States.Format template's text. */
type Placeholders<S extends string, N extends readonly 0[] = []> = S extends `${string}{}${infer Rest}` ? Placeholders<Rest, [...N, 0]> : N["length"];

/** The problem with the number of arguments of call N with arguments A (at any depth), or never. */
export type IntrinsicArityProblem<N extends IntrinsicName, A extends readonly unknown[]> =
  Fits<N, A["length"]> extends false
    ? `${N} takes ${Takes<N>}, but ${A["length"]} ${A["length"] extends 1 ? "was" : "were"} given`
    : N extends "States.Format"
      ? A extends readonly [infer T extends string, ...infer Values]
        ? Placeholders<T> extends Values["length"]
          ? NestedArity<A>
          : `States.Format's template has ${Placeholders<T>} {} placeholders but ${Values["length"]} values follow it`
        : NestedArity<A>
      : NestedArity<A>;

type NestedArity<A extends readonly unknown[]> = A extends readonly [infer First, ...infer Rest]
  ? First extends Intrinsic<infer N2, infer A2>
    ? [IntrinsicArityProblem<N2, A2>] extends [never]
      ? NestedArity<Rest>
      : IntrinsicArityProblem<N2, A2>
    : NestedArity<Rest>
  : never;
