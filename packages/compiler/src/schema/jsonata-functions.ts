/**
 * What the JSONata functions whose result type is plain give (including the ones Step Functions
 * adds: $partition, $range, $hash, $random, $uuid, $parse). Functions whose result depends on
 * functions passed to them ($map, $reduce, …) or on data ($lookup, $merge, $parse) give unknown.
 */
import { z, type ZodType } from "zod";
import { classic, defType, known, peel, required } from "./schema-kinds.ts";
import { unionOf } from "./union.ts";

const NUMBER = new Set(["count", "sum", "max", "min", "average", "number", "length", "abs", "floor", "ceil", "round", "power", "sqrt", "random", "toMillis", "parseInteger"]);
const STRING = new Set([
  "string", "uppercase", "lowercase", "join", "substring", "substringBefore", "substringAfter", "trim", "pad", "uuid", "replace",
  "formatNumber", "formatBase", "formatInteger", "now", "fromMillis", "base64encode", "base64decode", "encodeUrl", "encodeUrlComponent",
  "decodeUrl", "decodeUrlComponent", "hash",
]);
const BOOLEAN = new Set(["exists", "boolean", "not", "contains"]);
/** Functions that give an array of their first argument's elements. */
const SAME_ELEMENTS = new Set(["sort", "reverse", "distinct", "shuffle", "append", "filter"]);

/** The schema a call of `$name(…)` gives, from the schemas of its arguments. */
export function functionResultSchema(name: string, args: readonly ZodType[]): ZodType {
  if (NUMBER.has(name)) return z.number();
  if (STRING.has(name)) return z.string();
  if (BOOLEAN.has(name)) return z.boolean();
  switch (name) {
    case "range":
      return z.array(z.number());
    case "split":
    case "keys":
      return z.array(z.string());
    case "partition":
      return z.array(z.array(elementOf(args[0])));
    default:
      if (SAME_ELEMENTS.has(name)) return z.array(name === "append" ? unionOf([elementOf(args[0]), elementOf(args[1])]) : elementOf(args[0]));
      return z.unknown();
  }
}

/** The element of an array schema; a single value counts as an array of one (as JSONata treats it). */
export function elementOf(schema: ZodType | undefined): ZodType {
  if (!schema) return z.unknown();
  const inner = peel(schema).schema;
  const def = known(inner)._zod.def;
  if (def.type === "array") return classic(def.element);
  if (def.type === "tuple") return unionOf([...def.items.map(classic), ...(def.rest ? [classic(def.rest)] : [])].map(required));
  return inner;
}

export function isArraySchema(schema: ZodType): boolean {
  const kind = defType(peel(schema).schema);
  return kind === "array" || kind === "tuple";
}
