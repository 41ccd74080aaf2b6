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

/**
 * A list of names as nested pairs rather than a tuple: tsc checks each slice a tuple's rest element
 * infers against its constraint through the array's members, and builds the array type of every
 * new tuple, where a pair is matched by its type arguments alone (for forty names, some 900 fewer
 * type instantiations, and as many fewer for each name sorted).
 */
interface Cons<Head extends string, Tail> {
  readonly head: Head;
  readonly tail: Tail;
}

/** The end of a list. */
interface Nil {
  readonly nil: true;
}

/** The end of a list that left names out. */
interface Cut {
  readonly cut: true;
}

type Insert<List, Name extends string> =
  List extends Cons<infer First, infer Rest> ? (Before<Name, First> extends true ? Cons<Name, List> : Cons<First, Insert<Rest, Name>>) : Cons<Name, Nil>;

/** As many places as a message lists names: MostListed of them. */
type Places<N extends number, Counted extends readonly unknown[] = [], List = Nil> = Counted["length"] extends N ? List : Places<N, [...Counted, unknown], Cons<"", List>>;

/** The most names a message lists. */
type MostListed = Places<20>;

/** The names of U in order, as many as there are Left places (then Cut, for "more"). */
type Sorted<U extends string, Acc = Nil, Left = MostListed> = [U] extends [never]
  ? Acc
  : Left extends Cons<string, infer Fewer>
    ? LastOf<U> extends infer Name extends string
      ? Sorted<Exclude<U, Name>, Insert<Acc, Name>, Fewer>
      : Acc
    : Ending<Acc, Cut>;

/** The list L with its end replaced by End. */
type Ending<L, End> = L extends Cons<infer First, infer Rest> ? Cons<First, Ending<Rest, End>> : End;

type Join<L, Separator extends string, Prefix extends string> =
  L extends Cons<infer First, infer Rest> ? (Rest extends Nil ? `${Prefix}${First}` : `${Prefix}${First}${Separator}${Join<Rest, Separator, Prefix>}`) : L extends Cut ? "…" : "";

/** The names of U separated by commas, in alphabetical order; "…" after the first MostListed. */
export type FieldList<U extends string> = Join<Sorted<U>, ", ", "">;

/** The names of U as alternatives, each after Prefix: "$count or $clone". */
export type Alternatives<U extends string, Prefix extends string> = Join<Sorted<U>, " or ", Prefix>;

/** What a "has no field" message adds: the fields there are. */
export type FieldsHere<U extends string> = [U] extends [never] ? " (it has no fields)" : string extends U ? "" : ` (fields here: ${FieldList<U>})`;
