/**
 * zod schema → TypeScript type text, printing what `z.input<typeof schema>` means (the JSON that
 * arrives): optional and defaulted keys as `key?: T | undefined`, a pipe as what it accepts, key
 * order as the schema gives it. Objects span lines (two-space indent) so a generated interface
 * reads like hand-written code. Coercions, transforms and values JSON cannot carry (dates, maps,
 * sets, functions) print as `unknown`, and so does a schema where it recurs inside itself (a
 * type text cannot name it).
 */
import type { core, ZodType } from "zod";
import { isOptionalKey, known } from "../../schema/schema-kinds.ts";
import { throughLazy, throughPipeInput, throughWrapper } from "../../schema/walk/input-side.ts";
import type { SchemaWalker, Walk } from "../../schema/walk/processors.ts";
import type { Wrapper } from "../../schema/walk/schema-kind.ts";
import { walkSchema } from "../../schema/walk/walk.ts";
import { commentText, indent, literalText, propertyKey } from "./source-text.ts";

/** How tightly a printed type binds: unions and intersections need parentheses inside `[]`. */
const enum Binding {
  Union,
  Intersection,
  Primary,
}

interface Printed {
  readonly text: string;
  readonly binding: Binding;
}

export function typeText(schema: ZodType | core.$ZodType, level = 0): string {
  return walkSchema(TYPE_TEXT, schema, level).text;
}

/**
 * The property lines of an object type, indented one level below `level`, for an `interface`
 * declaration; undefined when the schema is not an object an interface can state.
 */
export function interfaceBody(schema: ZodType | core.$ZodType, level = 0): string | undefined {
  const def = known(schema)._zod.def;
  if (def.type !== "object") return undefined;
  const shape = def.shape as Record<string, core.$ZodType>;
  const extra = def.catchall ? known(def.catchall)._zod.def.type : undefined;
  if (Object.keys(shape).length === 0 || (extra !== undefined && extra !== "never" && extra !== "unknown")) return undefined;
  // The object itself is walked, so a field that holds it again reads as a reference.
  const body: SchemaWalker<Printed, number> = {
    ...TYPE_TEXT,
    kinds: {
      ...TYPE_TEXT.kinds,
      object: (object, inner, walk, current) =>
        current === schema ? primary(objectLines(shape, extra === "unknown", inner + 1, walk)) : TYPE_TEXT.kinds.object(object, inner, walk, current),
    },
  };
  return walkSchema(body, schema, level).text;
}

function primary(text: string): Printed {
  return { text, binding: Binding.Primary };
}

const text = (printed: string) => () => primary(printed);
/** Values JSON cannot carry, and what has no type to print. */
const unknown = text("unknown");
/** What the JSON is when it may also be missing (`z.input` of a default is optional). */
const orUndefined = (def: Wrapper, level: number, walk: Walk<Printed, number>) => union([walk(def.innerType, level), primary("undefined")]);

/** Printed types by kind; the context is the indentation level. */
const TYPE_TEXT: SchemaWalker<Printed, number> = {
  kinds: {
    string: text("string"),
    template_literal: text("string"),
    number: text("number"),
    nan: text("number"),
    bigint: text("bigint"),
    boolean: text("boolean"),
    success: text("boolean"),
    null: text("null"),
    undefined: text("undefined"),
    void: text("void"),
    never: text("never"),
    any: text("any"),
    unknown,
    literal: (def) => union(def.values.map((v) => primary(literalText(v)))),
    enum: (def) => union(Object.values(def.entries).map((v) => primary(literalText(v)))),
    optional: orUndefined,
    nullable: (def, level, walk) => union([walk(def.innerType, level), primary("null")]),
    default: orUndefined,
    prefault: orUndefined,
    readonly: throughWrapper,
    catch: throughWrapper,
    nonoptional: throughWrapper,
    lazy: throughLazy,
    pipe: throughPipeInput,
    array: (def, level, walk) => primary(`${wrap(walk(def.element, level))}[]`),
    tuple: (def, level, walk) => {
      const items = def.items.map((item) => (isOptionalKey(item) ? `${wrap(walk(item, level))}?` : walk(item, level).text));
      if (def.rest) items.push(`...${wrap(walk(def.rest, level))}[]`);
      return primary(`[${items.join(", ")}]`);
    },
    union: (def, level, walk) => union(def.options.map((option) => walk(option, level))),
    intersection: (def, level, walk) => ({
      text: `${wrap(walk(def.left, level), Binding.Intersection)} & ${wrap(walk(def.right, level), Binding.Intersection)}`,
      binding: Binding.Intersection,
    }),
    record: (def, level, walk) => {
      const record = `Record<${walk(def.keyType, level).text}, ${walk(def.valueType, level).text}>`;
      return primary(def.keyType._zod.def.type === "string" || !(def as { partial?: boolean }).partial ? record : `Partial<${record}>`);
    },
    object,
    date: unknown, map: unknown, set: unknown, symbol: unknown, file: unknown, function: unknown, promise: unknown,
    custom: unknown, transform: unknown,
  },
  // TypeScript type text cannot name a schema that holds itself inline.
  reference: unknown,
  readsInput: true,
};

function object(def: core.$ZodObjectDef, level: number, walk: Walk<Printed, number>): Printed {
  const shape = def.shape as Record<string, core.$ZodType>;
  const extra = def.catchall ? known(def.catchall) : undefined;
  const extraKind = extra?._zod.def.type;
  const keys = Object.keys(shape);
  if (keys.length === 0) {
    if (extraKind === undefined || extraKind === "never") return primary("Record<string, never>");
    return primary(`Record<string, ${walk(extra!, level).text}>`);
  }
  const body = `{\n${objectLines(shape, extraKind === "unknown", level + 1, walk)}${indent(level)}}`;
  if (extra && extraKind !== "never" && extraKind !== "unknown") {
    return { text: `${body} & Record<string, ${walk(extra, level).text}>`, binding: Binding.Intersection };
  }
  return primary(body);
}

/** One line per property (with its description as a doc comment), each ending in `;`. */
function objectLines(shape: Record<string, core.$ZodType>, open: boolean, level: number, walk: Walk<Printed, number>): string {
  let out = "";
  for (const [key, value] of Object.entries(shape)) {
    const description = describedAs(value);
    if (description !== undefined) out += `${indent(level)}/** ${commentText(description)} */\n`;
    // An optional key's value prints with `| undefined`, as zod infers it, so the type and
    // `z.input` agree under exactOptionalPropertyTypes too.
    out += `${indent(level)}${propertyKey(key)}${isOptionalKey(value) ? "?" : ""}: ${walk(value, level).text};\n`;
  }
  if (open) out += `${indent(level)}[key: string]: unknown;\n`;
  return out;
}

/** A property's description, wherever among its wrappers the author put it. */
function describedAs(schema: core.$ZodType): string | undefined {
  let current: core.$ZodType | undefined = schema;
  while (current) {
    const description = (current as { description?: unknown }).description;
    if (typeof description === "string" && description.length > 0) return description;
    const def: core.$ZodTypes["_zod"]["def"] = known(current)._zod.def;
    current = def.type === "optional" || def.type === "nullable" || def.type === "default" || def.type === "readonly" ? def.innerType : undefined;
  }
  return undefined;
}

function union(members: readonly Printed[]): Printed {
  const texts: string[] = [];
  for (const member of members) {
    const text = member.binding === Binding.Union ? member.text : wrap(member, Binding.Intersection);
    for (const part of member.binding === Binding.Union ? splitUnion(text) : [text]) if (!texts.includes(part)) texts.push(part);
  }
  if (texts.length === 0) return primary("never");
  if (texts.length === 1) return primary(texts[0]!);
  return { text: texts.join(" | "), binding: Binding.Union };
}

/** The members of a union this printer produced (members are joined by " | " at the top level). */
function splitUnion(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"') quote = c;
    else if ("([{<".includes(c)) depth++;
    else if (")]}>".includes(c)) depth--;
    else if (depth === 0 && text.startsWith(" | ", i)) {
      parts.push(text.slice(start, i));
      start = i + 3;
      i += 2;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Parenthesizes a type that binds more loosely than `than` (default: a primary position). */
function wrap(printed: Printed, than: Binding = Binding.Primary): string {
  return printed.binding < than ? `(${printed.text})` : printed.text;
}
