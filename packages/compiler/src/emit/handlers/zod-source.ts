/**
 * zod schema → zod source text (`z.object({ … })`), so a generated module can rebuild a schema
 * without importing the workflow. It reproduces the shape (objects and their strictness,
 * arrays, tuples, unions, literals, enums, records, optional, nullable, defaults) and
 * descriptions, not refinements or string formats: the schema checks what arrives is shaped
 * as the contract says. It describes the JSON (the input side): a pipe prints as what it
 * accepts, and coercions, transforms, kinds JSON cannot carry and a schema where it recurs inside
 * itself print as `z.unknown()`. Given a `SharedSchemas`, an object met under a field is written
 * once as a module constant and referenced by name (shared-schemas.ts).
 */
import type { core, ZodType } from "zod";
import { known } from "../../schema/schema-kinds.ts";
import { throughLazy, throughPipeInput, throughWrapper } from "../../schema/walk/input-side.ts";
import type { SchemaWalker, Walk } from "../../schema/walk/processors.ts";
import { walkSchema } from "../../schema/walk/walk.ts";
import type { SharedSchemas } from "./shared-schemas.ts";
import { indent, literalText, propertyKey } from "./source-text.ts";

/**
 * @param level the indentation level the source starts at
 * @param shared where objects met under a field are declared once
 * @default level 0, every object written out in place
 */
export function zodSource(schema: ZodType | core.$ZodType, level = 0, shared?: SharedSchemas): string {
  return walkSchema(ZOD_SOURCE, schema, { level, shared });
}

/** Where a schema is printed: its indentation, and the field that holds it, if any. */
interface Place {
  readonly level: number;
  readonly shared: SharedSchemas | undefined;
  /** The field whose value this is (through wrappers, unions, an array's element, …). */
  readonly field?: string;
}

/** The same place, under the name a shared object met there would take. */
const within = (place: Place, field: string | undefined): Place => ({ ...place, field });

const source = (text: string) => () => text;
/** What has no source to rebuild it from data: values JSON cannot carry, checks run by functions. */
const unknown = source("z.unknown()");

/** zod source by kind; the context is the place the schema is printed at. */
const ZOD_SOURCE: SchemaWalker<string, Place> = {
  kinds: {
    string: source("z.string()"),
    template_literal: source("z.string()"),
    number: source("z.number()"),
    nan: source("z.nan()"),
    bigint: source("z.bigint()"),
    boolean: source("z.boolean()"),
    success: source("z.boolean()"),
    null: source("z.null()"),
    undefined: source("z.undefined()"),
    void: source("z.void()"),
    never: source("z.never()"),
    any: source("z.any()"),
    unknown,
    literal: (def) => (def.values.length === 1 ? `z.literal(${literalText(def.values[0])})` : `z.literal([${def.values.map(literalText).join(", ")}])`),
    enum: (def) => {
      const entries = Object.entries(def.entries);
      if (entries.every(([key, value]) => key === value)) return `z.enum([${entries.map(([, v]) => literalText(v)).join(", ")}])`;
      return `z.enum({ ${entries.map(([key, value]) => `${propertyKey(key)}: ${literalText(value)}`).join(", ")} })`;
    },
    optional: (def, place, walk) => `${walk(def.innerType, place)}.optional()`,
    nullable: (def, place, walk) => `${walk(def.innerType, place)}.nullable()`,
    default: (def, place, walk) => {
      const value = safeJson(def.defaultValue);
      return value === undefined ? walk(def.innerType, place) : `${walk(def.innerType, place)}.default(${value})`;
    },
    prefault: (def, place, walk) => `${walk(def.innerType, place)}.optional()`,
    readonly: throughWrapper,
    catch: throughWrapper,
    nonoptional: throughWrapper,
    lazy: throughLazy,
    pipe: throughPipeInput,
    array: (def, place, walk) => `z.array(${walk(def.element, within(place, place.field && `${place.field}Item`))})`,
    tuple: (def, place, walk) => {
      const items = list(def.items.map((item) => walk(item, place)), place.level);
      return def.rest ? `z.tuple(${items}, ${walk(def.rest, place)})` : `z.tuple(${items})`;
    },
    union: (def, place, walk) => {
      const options = list(bySpecificity(def.options).map((option) => walk(option, place)), place.level);
      const discriminator = (def as { discriminator?: unknown }).discriminator;
      return typeof discriminator === "string" ? `z.discriminatedUnion(${JSON.stringify(discriminator)}, ${options})` : `z.union(${options})`;
    },
    intersection: (def, place, walk) => `z.intersection(${walk(def.left, place)}, ${walk(def.right, place)})`,
    record: (def, place, walk) => {
      const mode = (def as { mode?: string; partial?: boolean }).partial ? "partialRecord" : def.mode === "loose" ? "looseRecord" : "record";
      return `z.${mode}(${walk(def.keyType, within(place, undefined))}, ${walk(def.valueType, within(place, place.field && `${place.field}Value`))})`;
    },
    object,
    date: unknown, map: unknown, set: unknown, symbol: unknown, file: unknown, function: unknown, promise: unknown,
    custom: unknown, transform: unknown,
  },
  // A standalone zod expression cannot name a schema that holds itself.
  reference: unknown,
  readsInput: true,
  around: (schema, _place, process) => {
    const text = process();
    const description = (schema as { description?: unknown }).description;
    return typeof description === "string" && description.length > 0 ? `${text}.describe(${JSON.stringify(description)})` : text;
  },
};

/**
 * zod's union keeps the first option that parses, and an object option drops the fields it does
 * not declare. Where payloads converge, a richer shape must therefore be tried before a poorer
 * one, or its extra fields would be lost: object options go first, most fields first.
 */
function bySpecificity<T>(options: readonly T[]): T[] {
  const fields = (option: unknown) => {
    const def = known(option as never)._zod.def as { type: string; shape?: Record<string, unknown> };
    return def.type === "object" && def.shape ? Object.keys(def.shape).length : -1;
  };
  return options.map((option, index) => ({ option, index, fields: fields(option) })).sort((a, b) => b.fields - a.fields || a.index - b.index).map((o) => o.option);
}

function object(def: core.$ZodObjectDef, place: Place, walk: Walk<string, Place>): string {
  const { shared, field } = place;
  // Written where the constants are declared: at the module's top level.
  const level = shared && field !== undefined ? 0 : place.level;
  const shape = def.shape as Record<string, core.$ZodType>;
  const extra = def.catchall ? known(def.catchall) : undefined;
  const extraKind = extra?._zod.def.type;
  const maker = extraKind === "never" ? "z.strictObject" : extraKind === "unknown" ? "z.looseObject" : "z.object";
  const entries = Object.entries(shape);
  const fieldSource = ([key, value]: [string, core.$ZodType]) =>
    `${indent(level + 1)}${propertyKey(key)}: ${walk(value, { level: level + 1, shared, field: key })},\n`;
  const body = entries.length === 0 ? "{}" : `{\n${entries.map(fieldSource).join("")}${indent(level)}}`;
  const made = `${maker}(${body})`;
  const source = extra && extraKind !== "never" && extraKind !== "unknown" ? `${made}.catchall(${walk(extra, { level, shared, field: field && `${field}Value` })})` : made;
  return shared && field !== undefined ? shared.nameOf(source, field) : source;
}

/** An array literal of sources: on one line, or one item per line when an item spans lines. */
function list(items: readonly string[], level: number): string {
  if (!items.some((item) => item.includes("\n"))) return `[${items.join(", ")}]`;
  return `[\n${items.map((item) => `${indent(level + 1)}${item.replace(/\n/g, `\n${indent(1)}`)},\n`).join("")}${indent(level)}]`;
}

function safeJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}
