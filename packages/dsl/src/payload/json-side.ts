/**
 * Which side of a zod schema a payload type is read from. A state receives JSON, never a parsed
 * value: what arrives is what the schema accepts (its input side), not what parsing would turn it
 * into. A transform, pipe, coercion or codec therefore types a field by the JSON it reads, and a
 * `.default()` or `.prefault()` field may be missing. A result schema means the same: a Lambda's
 * result reaches the state machine as JSON.
 */
import type { input, ZodType } from "zod";

/** The type of the JSON a schema describes. */
export type JsonOf<S extends ZodType> = input<S>;
