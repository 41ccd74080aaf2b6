/**
 * zod's schema kinds, as its definitions tell them apart (`schema._zod.def.type`). Tables keyed
 * by `SchemaKind` must list every kind, so a kind a new zod adds fails to compile until each
 * table says what it does with it.
 */
import type { core } from "zod";

/** A schema's definition, told apart by its `type`. */
export type SchemaDef = core.$ZodTypes["_zod"]["def"];

export type SchemaKind = SchemaDef["type"];

/** The definition of one kind (`DefOf<"object">` is zod's `$ZodObjectDef`). */
export type DefOf<K extends SchemaKind> = Extract<SchemaDef, { readonly type: K }>;

/** The definition of a schema, typed by its kind. */
export function defOf(schema: core.$ZodType): SchemaDef {
  return (schema as unknown as core.$ZodTypes)._zod.def;
}

/** The definition of a kind that wraps one schema (optional, nullable, default, readonly, …). */
export interface Wrapper {
  readonly innerType: core.$ZodType;
}
