/**
 * Reading one field of a value the way a JSONata path (or a `$name.field` variable path) does,
 * for checking the names an expression uses. Only a closed object can miss a field: unknown,
 * any, records and objects open to more keys may hold it, and a union has it when any member
 * does (the members without it give nothing at run time, which JSONata allows). Arrays are
 * not read here: the path walker maps over them first.
 */
import { z, type ZodType } from "zod";
import { classic, defType, isOptionalKey, peel } from "./schema-kinds.ts";
import { unionOf } from "./union.ts";
import { throughLazy, throughPipeInput, throughWrapper } from "./walk/input-side.ts";
import type { SchemaWalker, Walk } from "./walk/processors.ts";
import type { Wrapper } from "./walk/schema-kind.ts";
import { walkSchema } from "./walk/walk.ts";

export type FieldRead =
  /** The field's schema; `absent` when the value may lack it. */
  | { readonly found: true; readonly schema: ZodType; readonly absent: boolean }
  /** The value is a closed object without the field: `fields` are the ones it has. */
  | { readonly found: false; readonly fields: readonly string[] };

export function readField(schema: ZodType, name: string): FieldRead {
  return walkSchema(READ_FIELD, schema, { name, wrapped: false }) ?? anyField();
}

/** The field read, and whether an optional or nullable wrapper was crossed on the way to an object. */
interface Reading {
  readonly name: string;
  readonly wrapped: boolean;
}

/** A read, or undefined where a union meets itself again: that member adds nothing. */
type Read = FieldRead | undefined;
type ReadWalk = Walk<Read, Reading>;

/** Unknown values may hold anything; scalars hold nothing, which JSONata reads as no value. */
const anyField = (): FieldRead => ({ found: true, schema: z.unknown(), absent: true });
const wrapped = (def: Wrapper, { name }: Reading, walk: ReadWalk) => walk(def.innerType, { name, wrapped: true });

const READ_FIELD: SchemaWalker<Read, Reading> = {
  kinds: {
    object: (def, { name, wrapped: absent }) => {
      const shape = def.shape as Record<string, ZodType>;
      if (Object.hasOwn(shape, name)) return { found: true, schema: shape[name]!, absent: absent || isOptionalKey(shape[name]!) };
      if (def.catchall && defType(def.catchall) !== "never") return { found: true, schema: classic(def.catchall), absent: true };
      return { found: false, fields: Object.keys(shape) };
    },
    record: (def) => ({ found: true, schema: classic(def.valueType), absent: true }),
    union: (def, { name }, walk) => readUnion(def.options.map(classic), name, walk),
    intersection: (def, { name }, walk) => {
      const left = walk(def.left, { name, wrapped: false }) ?? anyField();
      const right = walk(def.right, { name, wrapped: false }) ?? anyField();
      if (left.found && right.found) return { found: true, schema: z.intersection(left.schema, right.schema), absent: left.absent && right.absent };
      if (left.found || right.found) return left.found ? left : right;
      return { found: false, fields: [...new Set([...left.fields, ...right.fields])] };
    },
    optional: wrapped, nullable: wrapped, default: wrapped, prefault: wrapped,
    readonly: throughWrapper,
    catch: throughWrapper,
    nonoptional: throughWrapper,
    lazy: throughLazy,
    pipe: throughPipeInput,
    transform: anyField, string: anyField, number: anyField, bigint: anyField, boolean: anyField, date: anyField,
    symbol: anyField, undefined: anyField, null: anyField, any: anyField, unknown: anyField, never: anyField, void: anyField,
    nan: anyField, literal: anyField, enum: anyField, template_literal: anyField, file: anyField, success: anyField,
    array: anyField, tuple: anyField, map: anyField, set: anyField, promise: anyField, function: anyField, custom: anyField,
  },
  reference: () => undefined,
  readsInput: true,
};

function readUnion(options: readonly ZodType[], name: string, walk: ReadWalk): FieldRead {
  const found: ZodType[] = [];
  const fields = new Set<string>();
  let absent = false;
  for (const option of options) {
    const kind = defType(peel(option).schema);
    if (kind === "null" || kind === "undefined") {
      absent = true;
      continue;
    }
    const read = walk(option, { name, wrapped: false });
    if (!read) continue;
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
