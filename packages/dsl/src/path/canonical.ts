/**
 * Turns any value type into the canonical form payloads take inside the builder (fields.ts):
 * objects become `Fields<…>`, arrays and tuples are rebuilt (mutable) from canonical elements,
 * unions are canonicalised member by member, and primitives, functions, built-in classes such as
 * Date, `unknown` and `any` stay.
 *
 * Values enter a payload here: the execution input, task results, Pass results, context values
 * read by templates. Each distinct value type is converted once (tsc caches alias
 * instantiations), and structurally equal values from different schemas end up identical.
 */
import type { Fields } from "./fields.ts";

type Primitive = string | number | boolean | bigint | symbol | null | undefined;

/** Objects kept whole: their fields are methods, not data (a schema may still produce them). */
type Opaque = ((...args: never) => unknown) | Date | RegExp | ReadonlyMap<unknown, unknown> | ReadonlySet<unknown> | PromiseLike<unknown>;

/** How deep objects are converted; deeper (or recursive) types are kept as they are. */
export type CanonicalDepth = 12;

/**
 * V in canonical form. The distributing conditional is nested inside the alias's own
 * conditional so that a union result is not named by the alias (which would make it a
 * different type from the same union built elsewhere).
 */
export type Canonical<V, Depth extends unknown[] = []> = 0 extends 1 & V
  ? any
  : Depth["length"] extends CanonicalDepth
    ? V
    : V extends Primitive
      ? V
      : V extends Fields<unknown>
        ? V
        : V extends Opaque
          ? V
          : V extends readonly unknown[]
            ? number extends V["length"]
              ? Canonical<V[number], [...Depth, 1]> extends infer C
                ? C[]
                : never
              : { -readonly [I in keyof V]: Canonical<V[I], [...Depth, 1]> }
            : V extends object
              ? { [K in keyof V & string]-?: FieldEntry<V, K, Canonical<V[K], [...Depth, 1]>> }[keyof V & string] extends infer E
                ? Fields<E>
                : never
              : V;

/** Present in every object type that has field K as a required field (or an index signature). */
type HasRequired<K extends string> = { readonly [P in K]: unknown };

/** The entry for field K of O, whose value in canonical form is C. */
type FieldEntry<O, K extends string, C> = [K] extends [unknown] ? (O extends HasRequired<K> ? readonly [K, C] : readonly [K, C, true]) : never;
