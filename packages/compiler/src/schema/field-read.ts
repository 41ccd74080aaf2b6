/**
 * Reading one field of a value the way a JSONata path (or a `$name.field` variable path) does,
 * for checking the names an expression uses. Only a closed object can miss a field: unknown,
 * any, records and objects open to more keys may hold it, and a union has it when any member
 * does (the members without it give nothing at run time, which JSONata allows). Arrays are
 * not read here: the path walker maps over them first.
 */
import { z, type ZodType } from "zod";
import { classic, defType, isOptionalKey, known, peel } from "./schema-kinds.ts";
import { unionOf } from "./union.ts";

export type FieldRead =
  /** The field's schema; `absent` when the value may lack it. */
  | { readonly found: true; readonly schema: ZodType; readonly absent: boolean }
  /** The value is a closed object without the field: `fields` are the ones it has. */
  | { readonly found: false; readonly fields: readonly string[] };

export function readField(schema: ZodType, name: string): FieldRead {
  const peeled = peel(schema);
  const inner = known(peeled.schema);
  const def = inner._zod.def;
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, ZodType>;
      if (Object.hasOwn(shape, name)) return { found: true, schema: shape[name]!, absent: peeled.optional || peeled.nullable || isOptionalKey(shape[name]!) };
      if (def.catchall && defType(def.catchall) !== "never") return { found: true, schema: classic(def.catchall), absent: true };
      return { found: false, fields: Object.keys(shape) };
    }
    case "record":
      return { found: true, schema: classic(def.valueType), absent: true };
    case "union":
      return readUnion(def.options.map(classic), name);
    case "intersection": {
      const left = readField(classic(def.left), name);
      const right = readField(classic(def.right), name);
      if (left.found && right.found) return { found: true, schema: z.intersection(left.schema, right.schema), absent: left.absent && right.absent };
      if (left.found || right.found) return left.found ? left : right;
      return { found: false, fields: [...new Set([...left.fields, ...right.fields])] };
    }
    default:
      // Unknown values may hold anything; scalars hold nothing, which JSONata reads as no value.
      return { found: true, schema: z.unknown(), absent: true };
  }
}

function readUnion(options: readonly ZodType[], name: string): FieldRead {
  const found: ZodType[] = [];
  const fields = new Set<string>();
  let absent = false;
  for (const option of options) {
    const kind = defType(peel(option).schema);
    if (kind === "null" || kind === "undefined") {
      absent = true;
      continue;
    }
    const read = readField(option, name);
    if (read.found) {
      found.push(read.schema);
      absent ||= read.absent;
    } else {
      read.fields.forEach((f) => fields.add(f));
      absent = true;
    }
  }
  if (found.length === 0 && fields.size > 0) return { found: false, fields: [...fields] };
  return { found: true, schema: found.length > 0 ? unionOf(found) : z.unknown(), absent };
}
