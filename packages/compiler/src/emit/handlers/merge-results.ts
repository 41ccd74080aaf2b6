/**
 * The result a function shared by several tasks must return: one every task's expectation
 * accepts. Objects merge field by field (a field one task requires is required), arrays merge
 * their elements, a literal or enum narrows its base type, and unknown gives way to anything.
 * Two expectations that no value can meet (a string and a number, two different literals, a
 * field required by one strict object and absent from another) are a conflict, reported with
 * the path where they part. Other pairs become an intersection, which TypeScript checks.
 */
import { z, type ZodType } from "zod";
import { defType, known } from "../../schema/schema-kinds.ts";
import { sameSchema } from "../../schema/schema-identity.ts";

export type Merged = { readonly ok: true; readonly schema: ZodType } | { readonly ok: false; readonly path: string; readonly first: ZodType; readonly second: ZodType };

const PRIMITIVES = new Set(["string", "number", "boolean", "null", "bigint"]);

function baseOf(schema: ZodType): string | undefined {
  const def = known(schema)._zod.def;
  if (PRIMITIVES.has(def.type)) return def.type;
  if (def.type === "literal") {
    const kinds = new Set(def.values.map((v) => (v === null ? "null" : typeof v)));
    return kinds.size === 1 ? [...kinds][0] : undefined;
  }
  if (def.type === "enum") return Object.values(def.entries).every((v) => typeof v === "string") ? "string" : undefined;
  if (def.type === "object") return "object";
  if (def.type === "array") return "array";
  return undefined;
}

function values(schema: ZodType): unknown[] | undefined {
  const def = known(schema)._zod.def;
  if (def.type === "literal") return [...def.values];
  if (def.type === "enum") return Object.values(def.entries);
  return undefined;
}

export function mergeResults(first: ZodType, second: ZodType, path = "$"): Merged {
  const conflict: Merged = { ok: false, path, first, second };
  if (sameSchema(first, second)) return { ok: true, schema: first };
  const a = defType(first);
  const b = defType(second);
  if (a === "unknown" || a === "any") return { ok: true, schema: second };
  if (b === "unknown" || b === "any") return { ok: true, schema: first };
  // A value the function may leave out for one task, but another needs: it must be there.
  if (a === "optional" || a === "nullable") return b === a ? rewrap(a, mergeResults(inner(first), inner(second), path)) : mergeResults(inner(first), second, path);
  if (b === "optional" || b === "nullable") return mergeResults(first, inner(second), path);
  const baseA = baseOf(first);
  const baseB = baseOf(second);
  if (baseA !== undefined && baseB !== undefined && baseA !== baseB) return conflict;
  const valuesA = values(first);
  const valuesB = values(second);
  if (valuesA && valuesB) {
    const common = valuesA.filter((v) => valuesB.includes(v));
    if (common.length === 0) return conflict;
    return { ok: true, schema: z.literal(common as [z.core.util.Literal, ...z.core.util.Literal[]]) };
  }
  if (valuesA && baseB && PRIMITIVES.has(defType(second))) return { ok: true, schema: first };
  if (valuesB && baseA && PRIMITIVES.has(a)) return { ok: true, schema: second };
  if (baseA !== undefined && baseA === baseB && PRIMITIVES.has(a) && a === b) return { ok: true, schema: first };
  if (a === "array" && b === "array") {
    const element = mergeResults(element_(first), element_(second), `${path}[]`);
    return element.ok ? { ok: true, schema: z.array(element.schema) } : element;
  }
  if (a === "object" && b === "object") return mergeObjects(first, second, path);
  return { ok: true, schema: z.intersection(first, second) };
}

function inner(schema: ZodType): ZodType {
  return (known(schema)._zod.def as unknown as { innerType: ZodType }).innerType;
}

function element_(schema: ZodType): ZodType {
  return (known(schema)._zod.def as unknown as { element: ZodType }).element;
}

function rewrap(kind: "optional" | "nullable", merged: Merged): Merged {
  if (!merged.ok) return merged;
  return { ok: true, schema: kind === "optional" ? merged.schema.optional() : merged.schema.nullable() };
}

function mergeObjects(first: ZodType, second: ZodType, path: string): Merged {
  const shapeOf = (schema: ZodType) => (known(schema)._zod.def as unknown as { shape: Record<string, ZodType> }).shape;
  const strict = (schema: ZodType) => {
    const catchall = (known(schema)._zod.def as unknown as { catchall?: ZodType }).catchall;
    return catchall !== undefined && defType(catchall) === "never";
  };
  const a = shapeOf(first);
  const b = shapeOf(second);
  const shape: Record<string, ZodType> = {};
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])]) {
    const field = `${path}.${key}`;
    const left = a[key];
    const right = b[key];
    if (left && right) {
      const merged = mergeResults(left, right, field);
      if (!merged.ok) return merged;
      shape[key] = merged.schema;
      continue;
    }
    // A field only one object names: a strict other object refuses it when it must be there.
    const present = (left ?? right)!;
    const otherIsStrict = left ? strict(second) : strict(first);
    const optional = defType(present) === "optional";
    if (otherIsStrict && !optional) return { ok: false, path: field, first: left ? first : z.never(), second: right ? second : z.never() };
    if (otherIsStrict) continue;
    shape[key] = present;
  }
  return { ok: true, schema: strict(first) && strict(second) ? z.strictObject(shape) : z.object(shape) };
}
