/**
 * Turns a builder template into ASL JSON: `ref(…)` and intrinsic values become `key.$` fields
 * holding their path or expression, `jsonata(…)` values their `{% … %}` string; everything else
 * is copied as is.
 */
import type { Json } from "../ir/nodes.ts";
import { isJsonataExpression } from "../jsonata/jsonata-value.ts";
import { isIntrinsic } from "./intrinsic.ts";
import { isRef } from "./ref.ts";

/**
 * Adds a field as the object's own property. Plain assignment would let a field named
 * `__proto__` replace the prototype instead, and `in` would see inherited names such as
 * `constructor` as fields already given.
 */
function setField(target: Record<string, Json>, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function templateToJson(value: unknown, where: string): Json {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`${where}: ${value} is not a JSON number`);
    return value;
  }
  // A JSONata expression is a value in its own right, at any depth.
  if (isJsonataExpression(value)) return value.expression;
  if (isRef(value) || isIntrinsic(value)) {
    throw new TypeError(`${where}: ASL reads a path or intrinsic only as the value of a field; put it in an object field, or build an array with States.Array(…)`);
  }
  if (Array.isArray(value)) return value.map((item, i) => templateToJson(item, `${where}[${i}]`));
  if (typeof value === "object") {
    const out: Record<string, Json> = {};
    for (const [key, item] of Object.entries(value)) {
      const dynamic = isRef(item) ? item.path : isIntrinsic(item) ? item.expression : undefined;
      const outKey = dynamic !== undefined && !key.endsWith(".$") ? `${key}.$` : key;
      if (Object.hasOwn(out, outKey)) throw new TypeError(`${where}: field '${outKey}' is given twice`);
      setField(out, outKey, dynamic ?? templateToJson(item, `${where}.${key}`));
    }
    return out;
  }
  throw new TypeError(`${where}: ${typeof value} is not a JSON value`);
}
