/**
 * Structural identity of zod schemas. Two schemas built separately for the same shape (the
 * same object arriving by two transitions, say) must count as one when a union is formed, and
 * the flow must notice when a payload stops changing around a loop. Both compare fingerprints.
 */
import type { core, ZodType } from "zod";
import { known } from "./schema-kinds.ts";

/** Keys of a definition that hold the schema's own parts, printed structurally. */
const SCHEMA_PARTS = new Set(["innerType", "element", "options", "items", "rest", "shape", "catchall", "keyType", "valueType", "left", "right", "in", "out"]);

const cache = new WeakMap<object, string>();

/** Kinds defined by functions, which have no structure to compare: each schema is its own. */
const OPAQUE = new Set(["lazy", "transform", "custom", "function"]);
const opaqueIds = new WeakMap<object, number>();
let nextOpaqueId = 0;

/** A canonical text for the schema's structure (kinds, keys, literals, checks), stable across runs. */
export function fingerprint(schema: ZodType | core.$ZodType): string {
  const hit = cache.get(schema);
  if (hit !== undefined) return hit;
  const text = print(schema, new Set());
  cache.set(schema, text);
  return text;
}

export function sameSchema(a: ZodType, b: ZodType): boolean {
  return a === b || fingerprint(a) === fingerprint(b);
}

function print(schema: core.$ZodType, open: Set<object>): string {
  if (open.has(schema)) return "(recursive)";
  open.add(schema);
  try {
    const def = known(schema)._zod.def as unknown as Record<string, unknown>;
    if (OPAQUE.has(String(def.type))) {
      if (!opaqueIds.has(schema)) opaqueIds.set(schema, nextOpaqueId++);
      return `${String(def.type)}#${opaqueIds.get(schema)}`;
    }
    const parts: string[] = [];
    for (const key of Object.keys(def).sort()) {
      if (key === "type") continue;
      const value = def[key];
      if (value === undefined || typeof value === "function") continue;
      parts.push(`${key}=${SCHEMA_PARTS.has(key) ? part(value, open) : data(value)}`);
    }
    return `${String(def.type)}(${parts.join(",")})`;
  } finally {
    open.delete(schema);
  }
}

function part(value: unknown, open: Set<object>): string {
  if (isSchema(value)) return print(value, open);
  if (Array.isArray(value)) return `[${value.map((v) => part(v, open)).join(",")}]`;
  if (value !== null && typeof value === "object") {
    // An object shape: key order is part of the identity, as it is of the printed type.
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${part(v, open)}`).join(",")}}`;
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
