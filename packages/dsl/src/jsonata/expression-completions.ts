/**
 * What the editor offers while a JSONata expression is written: where a reference ends in a `.`
 * that a name must follow (`$states.input.`, `$states.context.Execution.`, `$order.`), the whole
 * expression text with each field there written after it, which is what the editor puts in the
 * string when one is accepted.
 *
 * How it reaches the editor: a field's check gives `Completing<texts>` for such an expression, a
 * type the string itself satisfies (so nothing is reported while it is written, as before). A
 * builder method's options parameter is the options with their checks, or (for the editor) an
 * object that holds, at each field being written, the texts to offer (`Offers`): the editor
 * completes a string from the string literal types its parameter allows there. That object can
 * never be given (it has a property no options have), so it changes nothing that is checked,
 * and it is never when no expression is being written, leaving every parameter type as it was.
 */
import type { FieldNames, Fields } from "../path/fields.ts";
import type { IsAny, PathError } from "../path/path-types.ts";
import type { Problem } from "../payload/template-types.ts";
import type { ExpressionScope, Reference, Stop, TakePath, TrimDot, Unavailable } from "./expression-types.ts";
import type { JsonataExpression } from "./jsonata-value.ts";

/**
 * A field's check while an expression in it is being written: L holds the texts to offer. A
 * string satisfies it (it asks for a string's own method and one optional property), and a
 * message type does not.
 */
export interface Completing<L extends string> {
  charAt(pos: number): string;
  readonly "aslc offered"?: L;
}

/**
 * What may follow a reference's last `.` when a name is still to be written there: the end of
 * the expression, white space, a closing bracket, a separator or an operator. JSONata's other
 * steps (`.(…)`, `.*`, `.$f()`, `.[…]`, `.{…}`, `.%`, `` .`name` ``) are complete as written.
 */
type Ending = " " | "\n" | "\t" | "\r" | ")" | "]" | "}" | "," | ";" | "&" | "+" | "-" | "=" | "<" | ">" | "!" | "?" | ":" | "|" | "/";

/** A quick test that spares every finished expression the scan below. */
export type MayBeOpen<B extends string> = B extends `${string}.` | `${string}.${Ending}${string}` ? true : false;

/**
 * The first reference in B whose last `.` waits for a name: [the text before its `$`, its path
 * (with the `.`), the text after it]; never when there is none.
 */
type OpenReference<B extends string, Head extends string = ""> = B extends `${infer Before}$${infer After}`
  ? TakePath<After> extends [infer Path extends string, infer Rest extends string]
    ? Path extends `${string}.`
      ? Rest extends "" | `${Ending}${string}`
        ? [`${Head}${Before}`, Path, Rest]
        : OpenReference<Rest, `${Head}${Before}$${Path}`>
      : OpenReference<Rest, `${Head}${Before}$${Path}`>
    : never
  : never;

/** The field names of a value: an object's, an array's elements' (JSONata maps a step over an array). */
type NamesOf<V> = IsAny<V> extends true ? never : unknown extends V ? never : NamesOfMember<NonNullable<V>>;

type NamesOfMember<O> = O extends readonly (infer E)[]
  ? NamesOf<E>
  : O extends Fields<unknown>
    ? Named<FieldNames<O>>
    : O extends PathError<string> | Unavailable<string>
      ? never
      : O extends object
        ? Named<keyof O & string>
        : never;

/** Names as such: a record's `string` key offers nothing. */
type Named<N> = N extends string ? (string extends N ? never : N) : never;

/** What `$states.` offers: input and context, and result and errorOutput where the field may read them. */
type StatesNames<Sc> = Sc extends ExpressionScope<unknown, infer Result, infer ErrorOut, unknown, unknown>
  ? "input" | "context" | (Result extends Unavailable<string> ? never : "result") | (ErrorOut extends Unavailable<string> ? never : "errorOutput")
  : never;

/** The names that may follow the reference `$` + Path (which ends in `.`). */
type NamesAfter<Sc, Path extends string> = Path extends "states." ? StatesNames<Sc> : NamesOf<Reference<Sc, TrimDot<Path>>>;

/** A name as JSONata writes it: in backquotes when it holds a character that would end it. */
type Written<N extends string> = N extends `${string}${Stop | "."}${string}` ? `\`${N}\`` : N;

/**
 * The texts to offer for expression B (the text between Open and Close as written): the whole
 * text with each name written after the open reference, or never.
 */
export type ExpressionOffers<Sc, Open extends string, B extends string, Close extends string> =
  MayBeOpen<B> extends true
    ? OpenReference<B> extends [infer Head extends string, infer Path extends string, infer Tail extends string]
      ? `${Open}${Head}$${Path}${Written<NamesAfter<Sc, Path>>}${Tail}${Close}`
      : never
    : never;

/**
 * The check of an expression still being written, B its text after `{%` (and before Close, the
 * `%}` when it is there): what to offer, or unknown when there is nothing.
 */
export type ExpressionCompleting<Sc, B extends string, Close extends string> = ExpressionOffers<Sc, "{%", B, Close> extends infer L
  ? [L] extends [never]
    ? unknown
    : L extends string
      ? Completing<L>
      : unknown
  : unknown;

// ---------------------------------------------------------------------------------------------
// The parameter's member for the editor

/**
 * Whether a JSONata value as written holds an expression that may be still being written: a
 * test on the strings alone, so that options whose expressions are finished (nearly all) pay
 * for nothing more. An object made by `jsonata(…)` and a schema are not looked into, nor what an
 * object keeps under a symbol (where the DSL's helpers keep their parts).
 */
export type HoldsOpen<X> = X extends string
  ? X extends `{%${infer B}`
    ? MayBeOpen<B>
    : false
  : X extends JsonataExpression | ZodSchema
    ? false
    : X extends readonly unknown[]
      ? HoldsOpen<X[number]>
      : X extends object
        ? HoldsOpen<X[keyof X & string]>
        : false;

/** A zod schema, told by the one key every schema has. */
interface ZodSchema {
  readonly _zod: unknown;
}

/**
 * What the editor is offered in options whose checks are C: an object with, at each field whose
 * check is Completing (at any depth), its texts; never when no field's is, and never when some
 * field has a problem, so that its message is shown as it is without the offers.
 */
export type Offers<C> = OffersIn<C> extends infer F ? ([F] extends [never] ? never : F extends Blocked ? never : F & NotOptions) : never;

/** A property no options have: the object Offers gives is never given, only read by the editor. */
interface NotOptions {
  readonly "aslc offers only": never;
}

/** Where a check holds a problem: nothing is offered. */
interface Blocked {
  readonly "aslc offers blocked": true;
}

/**
 * A field's offers are its texts and its check itself: the string as written must fit the
 * member too, or tsc, which narrows a union parameter by the literals an object holds before it
 * looks for the strings that fit a field, would leave the member out.
 */
type OffersIn<C> = C extends Completing<infer L>
  ? L | C
  : C extends Problem<string>
    ? Blocked
    : C extends object
      ? OffersOfFields<{ [K in keyof C]: OffersIn<C[K]> }>
      : never;

type OffersOfFields<F> = Blocked extends F[keyof F]
  ? Blocked
  : { [K in keyof F as [F[K]] extends [never] ? never : K]: F[K] } extends infer O
    ? keyof O extends never
      ? never
      : O
    : never;

/** For a condition (a string argument): the texts to offer, never when there are none. */
export type ConditionOffers<C> = C extends Completing<infer L> ? L : never;
