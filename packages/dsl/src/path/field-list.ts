/**
 * A union of field names as one readable list in alphabetical order ("customer, order, total"),
 * for the message of a path that names a field that is not there. Built only where a lookup
 * failed. The order is the names' own, not the union's, which depends on the program tsc checks.
 */

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** One member of U (tsc takes the last overload of an intersection of functions). */
type LastOf<U> = UnionToIntersection<U extends unknown ? () => U : never> extends () => infer R ? R : never;

/** The characters in code point order (names in other characters keep the order they come in). */
type Alphabet = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

/** Whether name A sorts before name B. */
type Before<A extends string, B extends string> = A extends `${infer CA}${infer RA}`
  ? B extends `${infer CB}${infer RB}`
    ? CA extends CB
      ? Before<RA, RB>
      : Alphabet extends `${string}${CA}${string}${CB}${string}`
        ? true
        : false
    : false
  : true;

type Insert<Sorted extends readonly string[], Name extends string> = Sorted extends readonly [infer First extends string, ...infer Rest extends readonly string[]]
  ? Before<Name, First> extends true
    ? [Name, ...Sorted]
    : [First, ...Insert<Rest, Name>]
  : [Name];

/** The most names a message lists. */
type MostListed = 20;

/** The names of U in order, at most MostListed of them (then true, for "more"). */
type Sorted<U extends string, Acc extends readonly string[] = []> = [U] extends [never]
  ? Acc
  : Acc["length"] extends MostListed
    ? [...Acc, true]
    : LastOf<U> extends infer Name extends string
      ? Sorted<Exclude<U, Name>, Insert<Acc, Name>>
      : Acc;

type Join<L, Separator extends string, Prefix extends string> = L extends readonly [infer First extends string, ...infer Rest]
  ? Rest extends readonly []
    ? `${Prefix}${First}`
    : `${Prefix}${First}${Separator}${Join<Rest, Separator, Prefix>}`
  : L extends readonly [true]
    ? "…"
    : "";

/** The names of U separated by commas, in alphabetical order; "…" after the first MostListed. */
export type FieldList<U extends string> = Join<Sorted<U>, ", ", "">;

/** The names of U as alternatives, each after Prefix: "$count or $clone". */
export type Alternatives<U extends string, Prefix extends string> = Join<Sorted<U>, " or ", Prefix>;

/** What a "has no field" message adds: the fields there are. */
export type FieldsHere<U extends string> = [U] extends [never] ? " (it has no fields)" : string extends U ? "" : ` (fields here: ${FieldList<U>})`;
