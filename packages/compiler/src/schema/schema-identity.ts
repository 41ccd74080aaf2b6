/**
 * Structural identity of zod schemas. Two schemas built separately for the same shape (the
 * same object arriving by two transitions, say) must count as one when a union is formed, and
 * the flow must notice when a payload stops changing around a loop. Both compare fingerprints.
 */
import type { core, ZodType } from "zod";
import type { SchemaWalker, Walk } from "./walk/processors.ts";
import type { SchemaDef } from "./walk/schema-kind.ts";
import { walkSchema } from "./walk/walk.ts";

/** Keys of a definition that hold the schema's own parts, printed structurally. */
const SCHEMA_PARTS = new Set(["innerType", "element", "options", "items", "rest", "shape", "catchall", "keyType", "valueType", "left", "right", "in", "out"]);

const cache = new WeakMap<object, string>();

const opaqueIds = new WeakMap<object, number>();
let nextOpaqueId = 0;

/** A canonical text for the schema's structure (kinds, keys, literals, checks), stable across runs. */
export function fingerprint(schema: ZodType | core.$ZodType): string {
  const hit = cache.get(schema);
  if (hit !== undefined) return hit;
  const text = walkSchema(IDENTITY, schema, undefined);
  cache.set(schema, text);
  return text;
}

export function sameSchema(a: ZodType, b: ZodType): boolean {
  return a === b || fingerprint(a) === fingerprint(b);
}

type PrintPart = Walk<string, undefined>;

/** Every key of the definition, sorted; the schemas it holds printed in turn. */
function structural(def: SchemaDef, _context: undefined, walk: PrintPart): string {
  const fields = def as unknown as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(fields).sort()) {
    if (key === "type") continue;
    const value = fields[key];
    if (value === undefined || typeof value === "function") continue;
    parts.push(`${key}=${SCHEMA_PARTS.has(key) ? part(value, walk) : data(value)}`);
  }
  return `${def.type}(${parts.join(",")})`;
}

/** Kinds defined by functions, which have no structure to compare: each schema is its own. */
function opaque(def: SchemaDef, _context: undefined, _walk: PrintPart, schema: core.$ZodType): string {
  if (!opaqueIds.has(schema)) opaqueIds.set(schema, nextOpaqueId++);
  return `${def.type}#${opaqueIds.get(schema)}`;
}

const IDENTITY: SchemaWalker<string, undefined> = {
  kinds: {
    string: structural, number: structural, bigint: structural, boolean: structural, date: structural, symbol: structural,
    undefined: structural, null: structural, any: structural, unknown: structural, never: structural, void: structural,
    nan: structural, literal: structural, enum: structural, template_literal: structural, file: structural, success: structural,
    array: structural, object: structural, union: structural, intersection: structural, tuple: structural, record: structural,
    map: structural, set: structural, promise: structural, optional: structural, nullable: structural, default: structural,
    prefault: structural, nonoptional: structural, readonly: structural, catch: structural, pipe: structural,
    lazy: opaque, transform: opaque, custom: opaque, function: opaque,
  },
  reference: ({ id }) => `(recursive #${id})`,
};

function part(value: unknown, walk: PrintPart): string {
  if (isSchema(value)) return walk(value, undefined);
  if (Array.isArray(value)) return `[${value.map((v) => part(v, walk)).join(",")}]`;
  if (value !== null && typeof value === "object") {
    // An object shape: key order is part of the identity, as it is of the printed type.
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${part(v, walk)}`).join(",")}}`;
  }
  return data(value);
}

/** Plain data of a definition (literal values, enum entries, check parameters). */
function data(value: unknown): string {
  if (isSchema(value)) return fingerprint(value);
  if (Array.isArray(value)) return `[${value.map(data).join(",")}]`;
  if (value instanceof RegExp) return value.toString();
  if (value !== null && typeof value === "object") {
    // Checks are schema-like objects whose definition holds their parameters.
    const inner = (value as { _zod?: { def?: unknown } })._zod?.def;
    const source = (inner ?? value) as Record<string, unknown>;
    return `{${Object.keys(source)
      .sort()
      .filter((k) => typeof source[k] !== "function")
      .map((k) => `${k}:${data(source[k])}`)
      .join(",")}}`;
  }
  if (typeof value === "bigint") return `${value}n`;
  return value === undefined ? "undefined" : JSON.stringify(value) ?? String(value);
}

function isSchema(value: unknown): value is core.$ZodType {
  return value !== null && typeof value === "object" && "_zod" in value && typeof (value as { _zod: { def?: unknown } })._zod.def === "object" && "type" in ((value as { _zod: { def: object } })._zod.def);
}
