/**
 * zod schema → zod source text (`z.object({ … })`), so a generated module can rebuild a schema
 * without importing the workflow. It reproduces the shape (objects and their strictness,
 * arrays, tuples, unions, literals, enums, records, optional, nullable, defaults) and
 * descriptions, not refinements or string formats: the schema checks what arrives is shaped
 * as the contract says. It describes the JSON (the input side): a pipe prints as what it
 * accepts, and coercions, transforms and kinds JSON cannot carry print as `z.unknown()`.
 */
import type { core, ZodType } from "zod";
import { isCoerced, known } from "../../schema/schema-kinds.ts";
import { indent, literalText, propertyKey } from "./source-text.ts";

/** Lazy schemas may be recursive; past this depth they print as unknown. */
const MAX_DEPTH = 64;

export function zodSource(schema: ZodType | core.$ZodType, level = 0): string {
  return print(schema, level, 0);
}

function print(schema: core.$ZodType, level: number, depth: number): string {
  if (depth > MAX_DEPTH || isCoerced(schema)) return "z.unknown()";
  const text = printKind(schema, level, depth);
  const description = (schema as { description?: unknown }).description;
  return typeof description === "string" && description.length > 0 ? `${text}.describe(${JSON.stringify(description)})` : text;
}

function printKind(schema: core.$ZodType, level: number, depth: number): string {
  const def = known(schema)._zod.def;
  const next = (inner: core.$ZodType) => print(inner, level, depth + 1);
  switch (def.type) {
    case "string":
    case "template_literal":
      return "z.string()";
    case "number":
      return "z.number()";
    case "nan":
      return "z.nan()";
    case "bigint":
      return "z.bigint()";
    case "boolean":
      return "z.boolean()";
    case "null":
      return "z.null()";
    case "undefined":
      return "z.undefined()";
    case "void":
      return "z.void()";
    case "never":
      return "z.never()";
    case "any":
      return "z.any()";
    case "literal":
      return def.values.length === 1 ? `z.literal(${literalText(def.values[0])})` : `z.literal([${def.values.map(literalText).join(", ")}])`;
    case "enum": {
      const entries = Object.entries(def.entries);
      if (entries.every(([key, value]) => key === value)) return `z.enum([${entries.map(([, v]) => literalText(v)).join(", ")}])`;
      return `z.enum({ ${entries.map(([key, value]) => `${propertyKey(key)}: ${literalText(value)}`).join(", ")} })`;
    }
    case "optional":
      return `${next(def.innerType)}.optional()`;
    case "nullable":
      return `${next(def.innerType)}.nullable()`;
    case "default": {
      const value = safeJson(def.defaultValue);
      return value === undefined ? next(def.innerType) : `${next(def.innerType)}.default(${value})`;
    }
    case "prefault":
      return `${next(def.innerType)}.optional()`;
    case "readonly":
    case "catch":
    case "nonoptional":
      return next(def.innerType);
    case "lazy":
      return next(def.getter());
    case "pipe":
      return next(def.in);
    case "success":
      return "z.boolean()";
    case "array":
      return `z.array(${next(def.element)})`;
    case "tuple": {
      const items = list(def.items.map(next), level);
      return def.rest ? `z.tuple(${items}, ${next(def.rest)})` : `z.tuple(${items})`;
    }
    case "union": {
      const options = list(bySpecificity(def.options).map(next), level);
      const discriminator = (def as { discriminator?: unknown }).discriminator;
      return typeof discriminator === "string" ? `z.discriminatedUnion(${JSON.stringify(discriminator)}, ${options})` : `z.union(${options})`;
    }
    case "intersection":
      return `z.intersection(${next(def.left)}, ${next(def.right)})`;
    case "record": {
      const mode = (def as { mode?: string; partial?: boolean }).partial ? "partialRecord" : def.mode === "loose" ? "looseRecord" : "record";
      return `z.${mode}(${next(def.keyType)}, ${next(def.valueType)})`;
    }
    case "object":
      return object(def, level, depth);
    default:
      return "z.unknown()";
  }
}

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

function object(def: core.$ZodObjectDef, level: number, depth: number): string {
  const shape = def.shape as Record<string, core.$ZodType>;
  const extra = def.catchall ? known(def.catchall) : undefined;
  const extraKind = extra?._zod.def.type;
  const maker = extraKind === "never" ? "z.strictObject" : extraKind === "unknown" ? "z.looseObject" : "z.object";
  const entries = Object.entries(shape);
  const body =
    entries.length === 0
      ? "{}"
      : `{\n${entries.map(([key, value]) => `${indent(level + 1)}${propertyKey(key)}: ${print(value, level + 1, depth + 1)},\n`).join("")}${indent(level)}}`;
  const made = `${maker}(${body})`;
  return extra && extraKind !== "never" && extraKind !== "unknown" ? `${made}.catchall(${print(extra, level, depth + 1)})` : made;
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
