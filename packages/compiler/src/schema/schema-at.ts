/**
 * The schema of the value a path selects: `schemaAt(schema, "$.order.items[0].sku")`.
 *
 * It reads paths the way the DSL's types do, so the runtime flow agrees with what the author's
 * editor showed: a field read through an optional parent may be absent; null parents are read
 * through (a null there fails the state at run time); a union is read member by member and
 * fails if any member lacks the field; `[*]`, slices and filters collect the matches into one
 * flat array, as Step Functions' JSONPath does.
 */
import { z, type core, type ZodType } from "zod";
import { extendLabel, parsePath, type PathSegment } from "./json-path.ts";
import { resolved, unresolved, type Resolution } from "./resolution.ts";
import { classic, describeSchema, isOptionalKey, known, mayBeAbsent, peel, required } from "./schema-kinds.ts";
import { unionOf } from "./union.ts";
import { throughLazy, throughPipeInput, throughWrapper } from "./walk/input-side.ts";
import type { SchemaWalker, Walk } from "./walk/processors.ts";
import { walkSchema } from "./walk/walk.ts";

/** The schema at a payload path (`$`, `$.a.b`, `$.a[0]`, `$.a[*].b`, `$['a b']`). */
export function schemaAt(schema: ZodType, path: string): Resolution {
  const parsed = parsePath(path);
  if (!parsed.ok) return unresolved(parsed.reason);
  if (parsed.root.kind !== "payload") return unresolved(`'${path}' reads ${parsed.root.kind === "context" ? "the context object" : "a variable"}, not the payload`);
  return walkSegments(schema, parsed.segments, "$");
}

/** One step of a walk: where it got to, and how. */
type Step = { readonly ok: true; readonly schema: ZodType; readonly spread: boolean } | { readonly ok: false; readonly reason: string };

/** Follows parsed segments from `root`; `rootLabel` names the start in messages ("$", "$$"). */
export function walkSegments(root: ZodType, segments: readonly PathSegment[], rootLabel: string): Resolution {
  let current = root;
  let here = rootLabel;
  let maybeAbsent = false;
  let spread = false;
  for (const segment of segments) {
    if (segment.kind === "deep") return unresolved(`${here}..: a deep scan ('..') matches at any depth, so its type is not followed`);
    // Once absent, always absent: every later field of a missing value is missing too.
    if (!spread && mayBeAbsent(current)) maybeAbsent = true;
    const step = stepInto(current, segment, here);
    if (!step.ok) return unresolved(step.reason);
    current = step.schema;
    spread ||= step.spread;
    here = extendLabel(here, segment);
  }
  if (spread) return resolved(z.array(required(current)));
  if (maybeAbsent && !isOptionalKey(current)) return resolved(z.optional(current));
  return resolved(current);
}

function stepInto(schema: ZodType, segment: PathSegment, here: string): Step {
  return walkSchema(STEP, schema, { segment, here });
}

/** What a step reads, and the label of where it reads it. */
interface Reading {
  readonly segment: PathSegment;
  readonly here: string;
}

type StepWalk = Walk<Step, Reading>;

/** A value that may be anything holds whatever the segment asks for. */
const anything = (schema: ZodType, segment: PathSegment): Step => ({ ok: true, schema, spread: segment.kind === "wildcard" || segment.kind === "select" });
const itsValue = (_def: unknown, { segment }: Reading, _walk: StepWalk, schema: core.$ZodType) => anything(classic(schema), segment);
/** Coercions and transforms accept any value. */
const anyValue = (_def: unknown, { segment }: Reading) => anything(z.unknown(), segment);

/** A kind that holds the value itself: the segment reads into it by its own kind. */
function read(_def: unknown, { segment, here }: Reading, _walk: StepWalk, schema: core.$ZodType): Step {
  const inner = classic(schema);
  switch (segment.kind) {
    case "field":
      return field(inner, segment.name, here);
    case "index":
      return index(inner, segment.index, here);
    case "wildcard":
    case "select":
      return every(inner, segment, here);
    case "deep":
      return { ok: false, reason: `${here}..: a deep scan is not followed` };
  }
}

const STEP: SchemaWalker<Step, Reading> = {
  kinds: {
    any: itsValue,
    unknown: itsValue,
    transform: anyValue,
    union: (def, reading, walk) => stepIntoUnion(def.options.map(classic), reading, walk),
    intersection: (def, reading, walk) => stepIntoIntersection(classic(def.left), classic(def.right), reading, walk),
    optional: throughWrapper, nullable: throughWrapper, default: throughWrapper, prefault: throughWrapper,
    readonly: throughWrapper, catch: throughWrapper, nonoptional: throughWrapper,
    lazy: throughLazy,
    pipe: throughPipeInput,
    object: read, record: read, array: read, tuple: read, string: read, number: read, bigint: read, boolean: read, date: read,
    symbol: read, undefined: read, null: read, never: read, void: read, nan: read, literal: read, enum: read,
    template_literal: read, file: read, success: read, map: read, set: read, promise: read, function: read, custom: read,
  },
  // A union that holds itself: the reference adds no member the union does not already read.
  reference: () => ({ ok: true, schema: z.never(), spread: false }),
  readsInput: true,
};

function field(schema: ZodType, name: string, here: string): Step {
  const def = known(schema)._zod.def;
  if (def.type === "object") {
    const shape = def.shape as Record<string, ZodType>;
    if (Object.hasOwn(shape, name)) return { ok: true, schema: shape[name]!, spread: false };
    const extra = def.catchall;
    if (extra && known(extra)._zod.def.type !== "never") return { ok: true, schema: classic(extra), spread: false };
    return { ok: false, reason: `${here} has no field '${name}'` };
  }
  if (def.type === "record") return { ok: true, schema: classic(def.valueType), spread: false };
  if (def.type === "array" || def.type === "tuple") {
    return { ok: false, reason: `${here} is an array: select an element with ${here}[0] before reading '${name}'` };
  }
  return { ok: false, reason: `${here} is ${describeSchema(schema)}, so it has no field '${name}'` };
}

function index(schema: ZodType, position: number, here: string): Step {
  const def = known(schema)._zod.def;
  if (def.type === "array") return { ok: true, schema: classic(def.element), spread: false };
  if (def.type === "tuple") {
    const items = def.items.map(classic);
    const item = position >= 0 ? items[position] : items[items.length + position];
    if (item) return { ok: true, schema: required(item), spread: false };
    if (def.rest) return { ok: true, schema: classic(def.rest), spread: false };
    return { ok: false, reason: `${here} has ${items.length} items, so it has no item [${position}]` };
  }
  return { ok: false, reason: `${here} is ${describeSchema(schema)}, so it cannot be indexed with [${position}]` };
}

/** `[*]`, `.*`, slices and filters: the walk goes on for each match. */
function every(schema: ZodType, segment: PathSegment, here: string): Step {
  const def = known(schema)._zod.def;
  if (def.type === "array") return { ok: true, schema: classic(def.element), spread: true };
  if (def.type === "tuple") {
    const items = [...def.items.map(classic), ...(def.rest ? [classic(def.rest)] : [])];
    return { ok: true, schema: unionOf(items.map(required)), spread: true };
  }
  if (segment.kind === "wildcard" && def.type === "object") {
    const values = Object.values(def.shape as Record<string, ZodType>);
    const extra = def.catchall && known(def.catchall)._zod.def.type !== "never" ? [classic(def.catchall)] : [];
    return { ok: true, schema: unionOf([...values, ...extra].map(required)), spread: true };
  }
  if (segment.kind === "wildcard" && def.type === "record") return { ok: true, schema: classic(def.valueType), spread: true };
  return { ok: false, reason: `${extendLabel(here, segment)}: ${here} is ${describeSchema(schema)}, not an array` };
}

function stepIntoUnion(options: readonly ZodType[], reading: Reading, walk: StepWalk): Step {
  const results: ZodType[] = [];
  let spread = false;
  for (const option of options) {
    const kind = known(peel(option).schema)._zod.def.type;
    // A null or undefined member cannot be read into; reading it fails the state at run time.
    if (kind === "null" || kind === "undefined") continue;
    const step = walk(option, reading);
    if (!step.ok) return step;
    results.push(step.schema);
    spread ||= step.spread;
  }
  if (results.length === 0) return { ok: false, reason: `${reading.here} is always null or absent` };
  return { ok: true, schema: unionOf(results), spread };
}

function stepIntoIntersection(left: ZodType, right: ZodType, reading: Reading, walk: StepWalk): Step {
  const a = walk(left, reading);
  const b = walk(right, reading);
  if (a.ok && b.ok) return { ok: true, schema: z.intersection(a.schema, b.schema), spread: a.spread || b.spread };
  return a.ok ? a : b;
}
