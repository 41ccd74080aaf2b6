/**
 * Type-level ResultPath: the payload after a value is written at a reference path.
 *
 * Payloads are in canonical form (fields.ts), and a write replaces one entry of each object on
 * the path. The result names neither the previous payload nor the alias that built it, so a
 * chain of writes costs the same at its three-hundredth state as at its first.
 */
import type { Canonical } from "./canonical.ts";
import type { AnyEntry, EntryAt, EntryValue, Fields, NoFields, OneField, WithField } from "./fields.ts";
import type { Describe, Errors, FieldPaths, PathError, Read, TrimPath } from "./path-types.ts";
import type { View } from "./view.ts";

/**
 * Field K of T set to V. A value of unknown type is taken to be an object (the compiler checks
 * it); T is distributed over, so each payload of a union is written to.
 */
type WriteField<T, K extends string, V, Here extends string> = 0 extends 1 & T
  ? OneField<K, V>
  : unknown extends T
    ? OneField<K, V>
    : T extends Fields<infer E extends AnyEntry>
      ? WithField<E, K, V> extends infer N
        ? Fields<N>
        : never
      : T extends readonly unknown[]
        ? PathError<`ResultPath writes field '${K}' into ${Here}, which is an array`>
        : PathError<`ResultPath writes field '${K}' into ${Here}, which is ${Describe<T>}`>;

/** The object at field K, to be written into: a missing field is created, an absent one filled. */
type Child<T, K extends string> = T extends Fields<infer E extends AnyEntry>
  ? EntryAt<E, K> extends infer En
    ? [En] extends [never]
      ? NoFields
      : Present<EntryValue<En>>
    : never
  : 0 extends 1 & T
    ? T
    : unknown extends T
      ? T
      : NoFields;

/** V without the undefined of an absent field; unknown stays unknown (NonNullable would make it {}). */
type Present<V> = unknown extends V ? V : NonNullable<V>;


/** A failed write deeper down fails the whole ResultPath, so the error reaches the author. */
type SetWalk<T, R extends string, V, Here extends string> = R extends `${infer H}.${infer Rest}`
  ? SetWalk<Child<T, H>, Rest, V, `${Here}.${H}`> extends infer Inner
    ? [Errors<Inner>] extends [never]
      ? WriteField<T, H, Inner, Here>
      : Errors<Inner>
    : never
  : WriteField<T, R, V, Here>;

/**
 * The canonical payload T with the canonical value V written at P (`$` replaces the whole
 * payload; missing objects on the path are created). Paths with indexes give unknown.
 */
export type WriteAt<T, P extends string, V> = WriteTrimmed<T, TrimPath<P>, V>;

type WriteTrimmed<T, P extends string, V> = P extends "$"
  ? V
  : P extends `$.${infer R}`
    ? R extends `${string}[${string}`
      ? unknown
      : unknown extends T
        ? unknown
        : SetWalk<T, R, V, "$">
    : PathError<`ResultPath '${P}' must be '$' or start with '$.'`>;

/** T with V written at P, as plain types. */
export type SetAt<T, P extends string, V> = View<WriteAt<Canonical<T>, P, Canonical<V>>>;

/** Applies a ResultPath option to the canonical payload T: absent means `$`, null discards the result. */
export type ApplyResultPath<T, RP, V> = RP extends null
  ? T
  : RP extends string
    ? WriteAt<T, RP, Canonical<V>>
    : Canonical<V>;

// ---------------------------------------------------------------------------------------------
// Checking a ResultPath without writing

/** Why field K cannot be written into T, or never. An empty name is a path that ends in '.' or holds '..'. */
type FieldWriteError<T, K extends string, Here extends string> = K extends ""
  ? `ResultPath names no field after '${Here}.': write a field's name after each '.'`
  : 0 extends 1 & T
    ? never
    : unknown extends T
      ? never
      : T extends Fields<unknown>
        ? never
        : T extends readonly unknown[]
          ? `ResultPath writes field '${K}' into ${Here}, which is an array`
          : `ResultPath writes field '${K}' into ${Here}, which is ${Describe<T>}`;

/** The first object on the path that cannot take the next field, from the root down. */
type WalkError<T, R extends string, Here extends string> = R extends `${infer H}.${infer Rest}`
  ? [FieldWriteError<T, H, Here>] extends [never]
    ? WalkError<Child<T, H>, Rest, `${Here}.${H}`>
    : FieldWriteError<T, H, Here>
  : FieldWriteError<T, R, Here>;

/**
 * Why a value cannot be written at P in the canonical payload T, or never. Only the message is
 * computed: building the payload the write would give, just to look for an error in it, cost a
 * whole payload per check.
 */
export type ResultPathError<T, P extends string> = TrimmedResultPathError<T, TrimPath<P>>;

type TrimmedResultPathError<T, P extends string> = P extends "$"
  ? never
  : P extends `$.${infer R}`
    ? R extends `${string}[${string}`
      ? never
      : WalkError<T, R, "$">
    : `ResultPath '${P}' must be '$' or start with '$.'`;

/**
 * Where a ResultPath ends in a '.', the paths that would name a field there: those of the object
 * it reaches (the editor offers them). A ResultPath may also name a field that is not there yet.
 */
export type ResultPathNext<T, P extends string> = TrimPath<P> extends `${infer Parent}.` ? FieldPaths<Parent, NonNullable<Read<T, Parent>>> : never;
