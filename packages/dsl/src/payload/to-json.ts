/**
 * Turns a builder template into ASL JSON: `ref(…)` and intrinsic values become `key.$` fields
 * holding their path or expression (`unchecked(…)` too), `jsonata(…)` values their `{% … %}` string; everything else
 * is copied as is.
 */
import type { Json } from "../ir/nodes.ts";
import { isJsonataExpression } from "../jsonata/jsonata-value.ts";
import { isIntrinsic } from "./intrinsic.ts";
import { isRef } from "./ref.ts";
import { isUnchecked } from "./unchecked.ts";

/**
 * Adds a field as the object's own property. Plain assignment would let a field named
 * `__proto__` replace the prototype instead, and `in` would see inherited names such as
 * `constructor` as fields already given.
 */
function setField(target: Record<string, Json>, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A value JSON cannot carry (BigInt, NaN, undefined, a function, a Date, a Map, a class
 * instance, a cycle) is kept as it is rather than converted or refused here: the compiler
 * checks every field of every state for such values and reports each with its path.
 */
function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function templateToJson(value: unknown, where: string, open: Set<object> = new Set()): Json {
  if (value === null || typeof value !== "object") return value as Json;
  // A JSONata expression is a value in its own right, at any depth.
  if (isJsonataExpression(value)) return value.expression;
  if (isRef(value) || isIntrinsic(value) || isUnchecked(value)) {
    throw new TypeError(`${where}: ASL reads a path or intrinsic only as the value of a field; put it in an object field, or build an array with States.Array(…)`);
  }
  if (open.has(value) || (!Array.isArray(value) && !isPlainObject(value))) return value as Json;
  open.add(value);
  try {
    if (Array.isArray(value)) return value.map((item, i) => templateToJson(item, `${where}[${i}]`, open));
    const out: Record<string, Json> = {};
    for (const [key, item] of Object.entries(value)) {
      const dynamic = isRef(item) ? item.path : isIntrinsic(item) ? item.expression : isUnchecked(item) ? item.text : undefined;
      const outKey = dynamic !== undefined && !key.endsWith(".$") ? `${key}.$` : key;
      if (Object.hasOwn(out, outKey)) throw new TypeError(`${where}: field '${outKey}' is given twice`);
      setField(out, outKey, dynamic ?? templateToJson(item, `${where}.${key}`, open));
    }
    return out;
  } finally {
    open.delete(value);
  }
}
