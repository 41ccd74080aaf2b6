/**
 * Reading zod schemas by their definition (`schema._zod.def`): which kind a schema is once the
 * wrappers that do not change its shape are peeled off, and how to name it in messages.
 */
import { z, type core, type ZodType } from "zod";
import { throughLazy, throughPipeInput, throughWrapper } from "./walk/input-side.ts";
import type { SchemaWalker, Walk } from "./walk/processors.ts";
import type { Wrapper } from "./walk/schema-kind.ts";
import { walkSchema } from "./walk/walk.ts";

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

/**
 * Removes the wrappers a JSON value does not show: optional, nullable, default, prefault,
 * readonly, catch, nonoptional, lazy and pipes. Schemas are read by their input side, the JSON
 * that arrives (see the DSL's `JsonOf`): a pipe (transforms, codecs, `z.stringbool()`) reads as
 * what it accepts, a default or prefault lets the value be absent, and a coercion or a transform
 * accepts any value (unknown), as does a lazy schema that is only ever itself.
 */
export function peel(schema: ZodType): Peeled {
  return walkSchema(PEEL, schema, undefined);
}

/** True when the value may be missing: an optional wrapper, or a union with an undefined member. */
export function mayBeAbsent(schema: ZodType): boolean {
  return walkSchema(MAY_BE_ABSENT, schema, false);
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

/** A short name for the kind of value, for messages: "a string", "an array", … */
export function describeSchema(schema: ZodType): string {
  return walkSchema(DESCRIBE, schema, undefined);
}

type PeelStep = Walk<Peeled, undefined>;
const itself = (_def: unknown, _context: undefined, _walk: PeelStep, schema: core.$ZodType): Peeled => ({ schema: classic(schema), optional: false, nullable: false });
const anyValue = (): Peeled => ({ schema: z.unknown(), optional: false, nullable: false });
const absent = (def: Wrapper, _context: undefined, walk: PeelStep): Peeled => ({ ...walk(def.innerType, undefined), optional: true });

const PEEL: SchemaWalker<Peeled, undefined> = {
  kinds: {
    optional: absent,
    nullable: (def, _context, walk) => ({ ...walk(def.innerType, undefined), nullable: true }),
    default: absent,
    prefault: absent,
    readonly: throughWrapper,
    catch: throughWrapper,
    nonoptional: throughWrapper,
    lazy: throughLazy,
    pipe: throughPipeInput,
    transform: anyValue,
    string: itself, number: itself, bigint: itself, boolean: itself, date: itself, symbol: itself, undefined: itself,
    null: itself, any: itself, unknown: itself, never: itself, void: itself, nan: itself, literal: itself, enum: itself,
    template_literal: itself, file: itself, success: itself, array: itself, object: itself, union: itself, intersection: itself,
    tuple: itself, record: itself, map: itself, set: itself, promise: itself, function: itself, custom: itself,
  },
  reference: anyValue,
  readsInput: true,
};

/** The context: whether a union holds the value, where an undefined member says it may be missing. */
type AbsentStep = Walk<boolean, boolean>;
const no = () => false;
const yes = () => true;

const MAY_BE_ABSENT: SchemaWalker<boolean, boolean> = {
  kinds: {
    optional: yes,
    default: yes,
    prefault: yes,
    nullable: throughWrapper, readonly: throughWrapper, catch: throughWrapper, nonoptional: throughWrapper,
    lazy: throughLazy,
    pipe: throughPipeInput,
    union: (def, _inUnion, walk: AbsentStep) => def.options.some((option) => walk(option, true)),
    undefined: (_def, inUnion) => inUnion,
    transform: no, string: no, number: no, bigint: no, boolean: no, date: no, symbol: no, null: no, any: no, unknown: no,
    never: no, void: no, nan: no, literal: no, enum: no, template_literal: no, file: no, success: no, array: no, object: no,
    intersection: no, tuple: no, record: no, map: no, set: no, promise: no, function: no, custom: no,
  },
  reference: no,
  readsInput: true,
};

const name = (text: string) => () => text;
/** What accepts any value (a coercion, a transform, a schema that is only ever itself). */
const anything = name("a unknown value");
const kindName = (def: { readonly type: string }) => `a ${def.type} value`;

const DESCRIBE: SchemaWalker<string, undefined> = {
  kinds: {
    string: name("a string"),
    template_literal: name("a string"),
    number: name("a number"),
    nan: name("a number"),
    bigint: name("a bigint"),
    boolean: name("a boolean"),
    null: name("null"),
    undefined: name("undefined"),
    void: name("undefined"),
    array: name("an array"),
    tuple: name("an array"),
    object: name("an object"),
    record: name("an object"),
    literal: (def) => (def.values.length === 1 ? `the literal ${JSON.stringify(def.values[0])}` : "one of several literals"),
    enum: name("one of an enum's values"),
    never: name("never set"),
    union: name("a value of mixed type"),
    optional: throughWrapper, nullable: throughWrapper, default: throughWrapper, prefault: throughWrapper,
    readonly: throughWrapper, catch: throughWrapper, nonoptional: throughWrapper,
    lazy: throughLazy,
    pipe: throughPipeInput,
    transform: anything,
    unknown: anything,
    any: kindName, date: kindName, symbol: kindName, file: kindName, success: kindName, intersection: kindName, map: kindName,
    set: kindName, promise: kindName, function: kindName, custom: kindName,
  },
  reference: anything,
  readsInput: true,
};
