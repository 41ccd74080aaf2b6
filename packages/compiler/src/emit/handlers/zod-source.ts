/**
 * zod schema → zod source text (`z.object({ … })`), so a generated module can rebuild a schema
 * without importing the workflow. It reproduces the shape (objects and their strictness,
 * arrays, tuples, unions, literals, enums, records, optional, nullable, defaults) and
 * descriptions, not refinements or string formats: the schema checks what arrives is shaped
 * as the contract says. It describes the JSON (the input side): a pipe prints as what it
 * accepts, and coercions, transforms, kinds JSON cannot carry and a schema where it recurs inside
 * itself print as `z.unknown()`.
 */
import type { core, ZodType } from "zod";
import { known } from "../../schema/schema-kinds.ts";
import { throughLazy, throughPipeInput, throughWrapper } from "../../schema/walk/input-side.ts";
import type { SchemaWalker, Walk } from "../../schema/walk/processors.ts";
import { walkSchema } from "../../schema/walk/walk.ts";
import { indent, literalText, propertyKey } from "./source-text.ts";

export function zodSource(schema: ZodType | core.$ZodType, level = 0): string {
  return walkSchema(ZOD_SOURCE, schema, level);
}

const source = (text: string) => () => text;
/** What has no source to rebuild it from data: values JSON cannot carry, checks run by functions. */
const unknown = source("z.unknown()");

/** zod source by kind; the context is the indentation level. */
const ZOD_SOURCE: SchemaWalker<string, number> = {
  kinds: {
    string: source("z.string()"),
    template_literal: source("z.string()"),
    number: source("z.number()"),
    nan: source("z.nan()"),
    bigint: source("z.bigint()"),
    boolean: source("z.boolean()"),
    success: source("z.boolean()"),
    null: source("z.null()"),
    undefined: source("z.undefined()"),
    void: source("z.void()"),
    never: source("z.never()"),
    any: source("z.any()"),
    unknown,
    literal: (def) => (def.values.length === 1 ? `z.literal(${literalText(def.values[0])})` : `z.literal([${def.values.map(literalText).join(", ")}])`),
    enum: (def) => {
      const entries = Object.entries(def.entries);
      if (entries.every(([key, value]) => key === value)) return `z.enum([${entries.map(([, v]) => literalText(v)).join(", ")}])`;
      return `z.enum({ ${entries.map(([key, value]) => `${propertyKey(key)}: ${literalText(value)}`).join(", ")} })`;
    },
    optional: (def, level, walk) => `${walk(def.innerType, level)}.optional()`,
    nullable: (def, level, walk) => `${walk(def.innerType, level)}.nullable()`,
    default: (def, level, walk) => {
      const value = safeJson(def.defaultValue);
      return value === undefined ? walk(def.innerType, level) : `${walk(def.innerType, level)}.default(${value})`;
    },
    prefault: (def, level, walk) => `${walk(def.innerType, level)}.optional()`,
    readonly: throughWrapper,
    catch: throughWrapper,
    nonoptional: throughWrapper,
    lazy: throughLazy,
    pipe: throughPipeInput,
    array: (def, level, walk) => `z.array(${walk(def.element, level)})`,
    tuple: (def, level, walk) => {
      const items = list(def.items.map((item) => walk(item, level)), level);
      return def.rest ? `z.tuple(${items}, ${walk(def.rest, level)})` : `z.tuple(${items})`;
    },
    union: (def, level, walk) => {
      const options = list(bySpecificity(def.options).map((option) => walk(option, level)), level);
      const discriminator = (def as { discriminator?: unknown }).discriminator;
      return typeof discriminator === "string" ? `z.discriminatedUnion(${JSON.stringify(discriminator)}, ${options})` : `z.union(${options})`;
    },
    intersection: (def, level, walk) => `z.intersection(${walk(def.left, level)}, ${walk(def.right, level)})`,
    record: (def, level, walk) => {
      const mode = (def as { mode?: string; partial?: boolean }).partial ? "partialRecord" : def.mode === "loose" ? "looseRecord" : "record";
      return `z.${mode}(${walk(def.keyType, level)}, ${walk(def.valueType, level)})`;
    },
    object,
    date: unknown, map: unknown, set: unknown, symbol: unknown, file: unknown, function: unknown, promise: unknown,
    custom: unknown, transform: unknown,
  },
  // A standalone zod expression cannot name a schema that holds itself.
  reference: unknown,
  readsInput: true,
  around: (schema, _level, process) => {
    const text = process();
    const description = (schema as { description?: unknown }).description;
    return typeof description === "string" && description.length > 0 ? `${text}.describe(${JSON.stringify(description)})` : text;
  },
};

/**
 * zod's union keeps the first option that parses, and an object option drops the fields it does
 * not declare. Where payloads converge, a richer shape must therefore be tried before a poorer
 * one, or its extra fields would be lost: object options go first, most fields first.
 */
function bySpecificity<T>(options: readonly T[]): T[] {
  const fields = (option: unknown) => {
    const def = known(option as never)._zod.def as { type: string; shape?: Record<string, unknown> };
    return def.type === "object" && def.shape ? Object.keys(def.shape).length : -1;
  };
  return options.map((option, index) => ({ option, index, fields: fields(option) })).sort((a, b) => b.fields - a.fields || a.index - b.index).map((o) => o.option);
}

function object(def: core.$ZodObjectDef, level: number, walk: Walk<string, number>): string {
  const shape = def.shape as Record<string, core.$ZodType>;
  const extra = def.catchall ? known(def.catchall) : undefined;
  const extraKind = extra?._zod.def.type;
  const maker = extraKind === "never" ? "z.strictObject" : extraKind === "unknown" ? "z.looseObject" : "z.object";
  const entries = Object.entries(shape);
  const body =
    entries.length === 0 ? "{}" : `{\n${entries.map(([key, value]) => `${indent(level + 1)}${propertyKey(key)}: ${walk(value, level + 1)},\n`).join("")}${indent(level)}}`;
  const made = `${maker}(${body})`;
  return extra && extraKind !== "never" && extraKind !== "unknown" ? `${made}.catchall(${walk(extra, level)})` : made;
}

/** An array literal of sources: on one line, or one item per line when an item spans lines. */
function list(items: readonly string[], level: number): string {
  if (!items.some((item) => item.includes("\n"))) return `[${items.join(", ")}]`;
  return `[\n${items.map((item) => `${indent(level + 1)}${item.replace(/\n/g, `\n${indent(1)}`)},\n`).join("")}${indent(level)}]`;
}

function safeJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}
