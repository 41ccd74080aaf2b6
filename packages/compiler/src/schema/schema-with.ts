/**
 * ResultPath: the payload after a value is written into it. `$` (or no ResultPath) replaces the
 * payload, null keeps it, `$.a.b` writes field b of a, creating the objects on the way. Only
 * the objects on the path are rebuilt; every other field keeps its schema and its place.
 */
import { z, type core, type ZodType } from "zod";
import { extendLabel, parsePath } from "./json-path.ts";
import { resolved, unresolved, type Resolution } from "./resolution.ts";
import { classic, describeSchema, known, peel } from "./schema-kinds.ts";
import { unionOf } from "./union.ts";
import { throughLazy, throughPipeInput, throughWrapper } from "./walk/input-side.ts";
import type { SchemaWalker, Walk } from "./walk/processors.ts";
import { walkSchema } from "./walk/walk.ts";

export function schemaWith(schema: ZodType, path: string | null | undefined, value: ZodType): Resolution {
  if (path === null) return resolved(schema);
  if (path === undefined || path === "$") return resolved(value);
  const parsed = parsePath(path);
  if (!parsed.ok) return unresolved(parsed.reason);
  if (parsed.root.kind !== "payload") return unresolved(`ResultPath '${path}' must be '$' or start with '$.'`);
  const names: string[] = [];
  for (const segment of parsed.segments) {
    if (segment.kind !== "field") return unresolved(`ResultPath '${path}' can only name object fields ($.a.b): indexes, wildcards and filters select no place to write`);
    names.push(segment.name);
  }
  return write(schema, names, value, "$");
}

function write(schema: ZodType, names: readonly string[], value: ZodType, here: string): Resolution {
  if (names.length === 0) return resolved(value);
  // Each field on the path is a walk of its own: a recursive schema is written into one level at a time.
  const writing: Writing = { names: names as Writing["names"], value, here };
  return walkSchema(WRITE, schema, writing) ?? intoUnknown(writing);
}

/** What is written (the field names left to go), and the label of where. */
interface Writing {
  readonly names: readonly [string, ...string[]];
  readonly value: ZodType;
  readonly here: string;
}

/** A write, or undefined where a union meets itself again: that member adds nothing. */
type Written = Resolution | undefined;
type WriteWalk = Walk<Written, Writing>;

/** The fields already there are not known: keep room for them. */
function intoUnknown({ names: [name, ...rest], value, here }: Writing): Resolution {
  const written = write(z.object({}), rest, value, extendLabel(here, { kind: "field", name }));
  if (!written.ok) return written;
  return resolved(z.looseObject({ [name]: written.schema }));
}

/** A value with no fields to write into. */
function refused(_def: unknown, { names: [name], here }: Writing, _walk: WriteWalk, schema: core.$ZodType): Resolution {
  return unresolved(`ResultPath writes field '${name}' into ${here}, which is ${describeSchema(classic(schema))}`);
}

const WRITE: SchemaWalker<Written, Writing> = {
  kinds: {
    object: (def, { names: [name, ...rest], value, here }) => {
      const shape = def.shape as Record<string, ZodType>;
      const child = Object.hasOwn(shape, name) ? shape[name]! : z.object({});
      const written = write(child, rest, value, extendLabel(here, { kind: "field", name }));
      if (!written.ok) return written;
      return resolved(withShape(def.catchall, { ...shape, [name]: written.schema }));
    },
    union: (def, writing, walk) => {
      const members: ZodType[] = [];
      for (const option of def.options.map(classic)) {
        const kind = known(peel(option).schema)._zod.def.type;
        if (kind === "null" || kind === "undefined") continue;
        const written = walk(option, writing);
        if (!written) continue;
        if (!written.ok) return written;
        members.push(written.schema);
      }
      return resolved(unionOf(members));
    },
    any: (_def, writing) => intoUnknown(writing),
    unknown: (_def, writing) => intoUnknown(writing),
    record: (_def, writing) => intoUnknown(writing),
    // A transform accepts any value, as a coercion does (see `readsInput`).
    transform: (_def, writing) => intoUnknown(writing),
    optional: throughWrapper, nullable: throughWrapper, default: throughWrapper, prefault: throughWrapper,
    readonly: throughWrapper, catch: throughWrapper, nonoptional: throughWrapper,
    lazy: throughLazy,
    pipe: throughPipeInput,
    string: refused, number: refused, bigint: refused, boolean: refused, date: refused, symbol: refused, undefined: refused,
    null: refused, never: refused, void: refused, nan: refused, literal: refused, enum: refused, template_literal: refused,
    file: refused, success: refused, array: refused, tuple: refused, intersection: refused, map: refused, set: refused,
    promise: refused, function: refused, custom: refused,
  },
  reference: () => undefined,
  readsInput: true,
};

/** An object schema with a new shape and the original's treatment of unknown keys. */
function withShape(catchall: core.$ZodType | undefined, shape: Record<string, ZodType>): ZodType {
  if (!catchall) return z.object(shape);
  const kind = known(catchall)._zod.def.type;
  if (kind === "never") return z.strictObject(shape);
  if (kind === "unknown") return z.looseObject(shape);
  return z.object(shape).catchall(classic(catchall));
}
