/**
 * Reading a schema's input side, the JSON that arrives (see the DSL's `JsonOf`): a coercion
 * accepts any value, and the kinds that stand for one other schema are looked through, a wrapper
 * (optional, nullable, default, readonly, …) to what it wraps, a `z.lazy` to the schema it makes,
 * a pipe to what it accepts.
 */
import type { core } from "zod";
import type { Walk } from "./processors.ts";
import type { Wrapper } from "./schema-kind.ts";

export function throughWrapper<R, C>(def: Wrapper, context: C, walk: Walk<R, C>): R {
  return walk(def.innerType, context);
}

/**
 * zod keeps the schema a lazy one makes once made, so the walk meets the same object each time
 * and tells a lazy schema that holds itself from one that keeps building new schemas.
 */
export function throughLazy<R, C>(_def: unknown, context: C, walk: Walk<R, C>, schema: core.$ZodType): R {
  return walk((schema as core.$ZodLazy)._zod.innerType, context);
}

/** A pipe (a transform, a codec, `z.stringbool()`) reads as what it accepts. */
export function throughPipeInput<R, C>(def: { readonly in: core.$ZodType }, context: C, walk: Walk<R, C>): R {
  return walk(def.in, context);
}

/** `z.coerce.*()` accepts any value and converts it: its input side is unknown. */
export function isCoerced(schema: core.$ZodType): boolean {
  return (schema as { _zod: { def: { coerce?: unknown } } })._zod.def.coerce === true;
}
