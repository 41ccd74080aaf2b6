/**
 * The form an object takes in a payload type inside the builder: `Fields<E>`, where E is a union
 * of entries, `readonly [key, value]` for a required field and `readonly [key, value, true]` for
 * an optional one (its value then includes undefined). A `string` key stands for an index
 * signature (a record). Values are in the same form all the way down (see canonical.ts).
 *
 * Why not plain object types: tsc instantiates a type again under every generic call that sees
 * it, and it cannot prove that a mapped type, an aliased intersection or an anonymous object
 * type holds no type variables. An object built from the previous payload (`Omit<T, K> & {…}`,
 * `{ [K in keyof T]: … }`) keeps that payload among its alias or mapper arguments, so each new
 * state walked the whole history of writes again, and the walk deepened by a level per write
 * until tsc gave up with "Type instantiation is excessively deep".
 *
 * An entry union holds no such history: tuple types and interface references are interned by
 * their type arguments and unions by their members, so a payload is identified by what it
 * contains, not by how it was made. A payload made only of entries, tuples, arrays, unions and
 * primitives is also one tsc knows holds no type variables, so instantiations skip it outright.
 * Two branches that produce the same fields therefore produce the very same type, and a union of
 * converging payloads stays as small as the number of distinct shapes.
 *
 * To keep that identity, entry unions must be built from single entries and never be the direct
 * result of a type alias (tsc remembers an alias, and its arguments, on the union it names), and
 * tuples and `Fields<…>` must be written with type parameters as their elements (a tuple that
 * mentions an alias is a deferred reference, identified by where it was written).
 */

declare const entries: unique symbol;

/** An object in canonical form: E is the union of its entries. */
export interface Fields<E> {
  readonly [entries]: E;
}

/** The empty object. */
export type NoFields = Fields<never>;

/**
 * The entries by key, as an object. tsc builds it once per entry union and reads it in constant
 * time afterwards, where picking an entry out of the union would compare every entry each time.
 * It is built for every payload a state writes, so its cost is paid per field per state: E is
 * constrained to entries (the types that take it infer it with `Fields<infer E extends
 * AnyEntry>`, which every object in canonical form satisfies), and the key is read by index
 * with no test per entry, about a third fewer type instantiations for each.
 */
type EntryIndex<E extends AnyEntry> = { [En in E as En[0]]: En };

/** Any entry; its key is element 0 (read by index, which costs tsc less than inferring it). */
export type AnyEntry = readonly [PropertyKey, ...unknown[]];

/**
 * The entry for key N (or the index signature's), never when there is none. A field is found by
 * relating the index to an object with that one property, which reads the property and no other;
 * `keyof` the index, which tsc works out again entry by entry at every lookup, is asked only when
 * there is no such field (an index signature's key, or none) or N is not one name.
 */
export type EntryAt<E extends AnyEntry, N extends string> = N extends unknown
  ? string extends N
    ? KeyedEntry<E, N>
    : EntryIndex<E> extends { readonly [P in N]: infer En }
      ? En
      : KeyedEntry<E, N>
  : never;

type KeyedEntry<E extends AnyEntry, N extends string> = N extends keyof EntryIndex<E> ? EntryIndex<E>[N] : never;

/** The value an entry holds; an optional field may also be absent. */
export type EntryValue<En> = En extends readonly [unknown, infer V, true] ? V | undefined : En extends readonly [unknown, infer V] ? V : never;

/**
 * The entries with field K set to V (required), the others kept. Written as nested conditionals
 * so that the result is a union of single entries that no alias names (see above). A new field
 * (a payload that grows) is added without a walk of the others: only one that is there already
 * has its entry picked out.
 */
export type WithField<E extends AnyEntry, K extends string, V> = [K] extends [unknown]
  ? (EntryIndex<E> extends { readonly [P in K]: unknown } ? (E extends readonly [K, ...unknown[]] ? never : E) : E) | readonly [K, V]
  : never;

/** An object with the single field K. */
export type OneField<K extends string, V> = [K] extends [unknown] ? Fields<readonly [K, V]> : never;

/** The field names of an object in canonical form. */
export type FieldNames<F> = F extends Fields<infer E> ? (E extends readonly [infer K, ...unknown[]] ? K : never) : never;

type KeyOf<En> = En extends readonly [infer K, ...unknown[]] ? K : never;

/**
 * EA's entries without those EB replaces, and EB's: an object with another's fields written
 * over it (a merge, an Assign). A union of single entries that no alias names (see above).
 */
export type MergedEntries<EA, EB> = [EB] extends [unknown] ? (EA extends readonly [KeyOf<EB>, ...unknown[]] ? never : EA) | EB : never;
