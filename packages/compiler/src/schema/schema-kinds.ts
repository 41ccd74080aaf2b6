/**
 * Reading zod schemas by their definition (`schema._zod.def`): which kind a schema is once the
 * wrappers that do not change its shape are peeled off, and how to name it in messages.
 */
import { z, type core, type ZodType } from "zod";

/** A schema seen through zod's discriminated union of definitions. */
export type KnownSchema = core.$ZodTypes;

export function known(schema: ZodType | core.$ZodType): KnownSchema {
  return schema as unknown as KnownSchema;
}

export function defType(schema: ZodType | core.$ZodType): KnownSchema["_zod"]["def"]["type"] {
  return known(schema)._zod.def.type;
}

/** A zod schema of the classic API (the IR and the printers take `ZodType`). */
export function classic(schema: core.$ZodType): ZodType {
  return schema as unknown as ZodType;
}

export interface Peeled {
  /** The schema with optional, nullable, default and similar wrappers removed. */
  readonly schema: ZodType;
  /** Some wrapper allowed the value to be absent. */
  readonly optional: boolean;
  /** Some wrapper allowed the value to be null. */
  readonly nullable: boolean;
}

/** Lazy schemas may refer to themselves; a walk stops unfolding them after this many steps. */
const MAX_UNWRAP = 32;

/**
 * Removes the wrappers a JSON value does not show: optional, nullable, default, prefault,
 * readonly, catch, nonoptional, lazy and pipes. Schemas are read by their input side, the JSON
 * that arrives (see the DSL's `JsonOf`): a pipe (transforms, codecs, `z.stringbool()`) reads as
 * what it accepts, a default or prefault lets the value be absent, and a coercion or a transform
 * accepts any value (unknown).
 */
export function peel(schema: ZodType): Peeled {
  let current = known(schema);
  let optional = false;
  let nullable = false;
  for (let step = 0; step < MAX_UNWRAP; step++) {
    const def = current._zod.def;
    switch (def.type) {
      case "optional":
        optional = true;
        current = known(def.innerType);
        continue;
      case "nullable":
        nullable = true;
        current = known(def.innerType);
        continue;
      case "default":
      case "prefault":
        optional = true;
        current = known(def.innerType);
        continue;
      case "readonly":
      case "catch":
      case "nonoptional":
        current = known(def.innerType);
        continue;
      case "lazy":
        current = known(def.getter());
        continue;
      case "pipe":
        current = known(def.in);
        continue;
      case "transform":
        return { schema: z.unknown(), optional, nullable };
      default:
        return { schema: isCoerced(current) ? z.unknown() : classic(current), optional, nullable };
    }
  }
  return { schema: z.unknown(), optional, nullable };
}

/** True when the value may be missing: an optional wrapper, or a union with an undefined member. */
export function mayBeAbsent(schema: ZodType): boolean {
  const peeled = peel(schema);
  if (peeled.optional) return true;
  const def = known(peeled.schema)._zod.def;
  return def.type === "union" && def.options.some((option) => mayBeAbsent(classic(option)) || known(peel(classic(option)).schema)._zod.def.type === "undefined");
}

/** Removes an optional wrapper (array elements and tuple slots in JSON cannot be absent). */
export function required(schema: ZodType): ZodType {
  let current = known(schema);
  while (current._zod.def.type === "optional") current = known(current._zod.def.innerType);
  return classic(current);
}

/** True when an object key holding this schema may be left out of the JSON (zod's own rule for its input side). */
export function isOptionalKey(schema: ZodType | core.$ZodType): boolean {
  const def = known(schema)._zod.def;
  // A catch accepts anything when parsing, but zod's types (and so the DSL's) keep its inner key rule.
  if (def.type === "catch") return isOptionalKey(def.innerType);
  return (schema as core.$ZodType)._zod.optin !== undefined;
}

/** `z.coerce.*()` accepts any value and converts it: its input side is unknown. */
export function isCoerced(schema: ZodType | core.$ZodType): boolean {
  return (schema as { _zod: { def: { coerce?: unknown } } })._zod.def.coerce === true;
}

/** A short name for the kind of value, for messages: "a string", "an array", … */
export function describeSchema(schema: ZodType): string {
  const { schema: inner } = peel(schema);
  const def = known(inner)._zod.def;
  switch (def.type) {
    case "string":
    case "template_literal":
      return "a string";
    case "number":
    case "nan":
      return "a number";
    case "bigint":
      return "a bigint";
    case "boolean":
      return "a boolean";
    case "null":
      return "null";
    case "undefined":
    case "void":
      return "undefined";
    case "array":
    case "tuple":
      return "an array";
    case "object":
    case "record":
      return "an object";
    case "literal":
      return def.values.length === 1 ? `the literal ${JSON.stringify(def.values[0])}` : "one of several literals";
    case "enum":
      return "one of an enum's values";
    case "never":
      return "never set";
    case "union":
      return "a value of mixed type";
    default:
      return `a ${def.type} value`;
  }
}
