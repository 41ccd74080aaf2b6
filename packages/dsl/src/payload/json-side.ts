/**
 * Which side of a zod schema a payload type is read from. A state receives JSON, never a parsed
 * value: what arrives is what the schema accepts (its input side), not what parsing would turn it
 * into. A transform, pipe, coercion or codec therefore types a field by the JSON it reads, and a
 * `.default()` or `.prefault()` field may be missing. A result schema means the same: a Lambda's
 * result reaches the state machine as JSON.
 */
import type { input } from "zod";

/**
 * A schema as the builder's types take it (a `result`, an `itemSchema`): any zod 4 schema, by
 * the one member they read, its input side. Relating a schema to zod's ZodType instead compares
 * every method of zod's classes, some 80,000 type instantiations the first time an option holds
 * a schema, paid again after every keystroke in an editor; this shape is compared in one step.
 * The builder checks at run time that the value is a zod schema.
 */
export interface SchemaType {
  readonly _zod: { readonly input: unknown };
}

/** The type of the JSON a schema describes. */
export type JsonOf<S extends SchemaType> = input<S>;
