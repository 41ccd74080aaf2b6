/**
 * A schema's JSON (its input side, see json-side.ts) in the canonical form of path/fields.ts,
 * read from the schema's definition where it is an object, an array, or an optional or nullable
 * one of those; `Canonical<JsonOf<S>>` for every other kind. The result is the very same type.
 *
 * Why: zod types an object schema's input with mapped types over its shape, and every inline
 * `z.object({…})` has a shape type of its own, so each result schema written in a state had its
 * input built and then walked again into canonical form (some 300 type instantiations for three
 * fields). Read from the shape, a field's schema (`ZodString`, `ZodNumber`: one type in the whole
 * program) is read once, and an inline schema costs a mapped type over its keys.
 */
import type { Canonical, CanonicalDepth } from "../path/canonical.ts";
import type { Fields } from "../path/fields.ts";
import type { JsonOf, SchemaType } from "./json-side.ts";

/** A field that may be absent from the JSON (zod's `optin`: `.optional()`, `.default()`, …). */
interface OptionalIn {
  readonly _zod: { readonly optin: "optional" | "defaulted" };
}

/** An object schema: its fields' schemas, and what its input takes besides them (an index signature for `z.looseObject`, a catchall). */
interface ObjectSchema<Shape, Extra> {
  readonly _zod: { readonly def: { readonly type: "object"; readonly shape: Shape }; readonly config: { readonly in: Extra } };
}

/** The JSON of schema S in canonical form; as deep as Canonical converts, and through Canonical beyond. */
export type SchemaRead<S extends SchemaType, Depth extends unknown[] = []> = 0 extends 1 & S
  ? any
  : Depth["length"] extends CanonicalDepth
    ? Canonical<JsonOf<S>, Depth>
    : DefinitionRead<S, S["_zod"], Depth>;

type DefinitionRead<S extends SchemaType, Z, Depth extends unknown[]> = Z extends { readonly def: { readonly type: infer Kind extends "optional" | "nullable"; readonly innerType: infer Inner extends SchemaType } }
  ? SchemaRead<Inner, Depth> | (Kind extends "optional" ? undefined : null)
  : Z extends { readonly def: { readonly type: "array"; readonly element: infer Element extends SchemaType } }
    ? SchemaRead<Element, [...Depth, 1]> extends infer C
      ? C[]
      : never
    : S extends ObjectSchema<infer Shape, infer Extra>
      ? string extends keyof Shape | keyof Extra
        ? Canonical<JsonOf<S>, Depth>
        : [keyof Shape] extends [never]
          ? Canonical<JsonOf<S>, Depth>
          : ShapeRead<Shape, [...Depth, 1]>
      : Canonical<JsonOf<S>, Depth>;

/** An object's fields in canonical form, each read from its schema. */
type ShapeRead<Shape, Depth extends unknown[]> = { [K in keyof Shape & string]-?: FieldRead<K, Shape[K], Depth> }[keyof Shape & string] extends infer E ? Fields<E> : never;

/** The entry of field K, whose schema is F (see fields.ts: written with type parameters as its elements). */
type FieldRead<K extends string, F, Depth extends unknown[]> = F extends SchemaType
  ? SchemaRead<F, Depth> extends infer C
    ? [K] extends [unknown]
      ? F extends OptionalIn
        ? readonly [K, C | undefined, true]
        : readonly [K, C]
      : never
    : never
  : never;
