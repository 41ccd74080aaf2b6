/**
 * zod schema → TypeScript type text, printing what `z.input<typeof schema>` means (the JSON that
 * arrives): optional and defaulted keys as `key?: T | undefined`, a pipe as what it accepts, key
 * order as the schema gives it. Objects span lines (two-space indent) so a generated interface
 * reads like hand-written code. Coercions, transforms and values JSON cannot carry (dates, maps,
 * sets, functions) print as `unknown`.
 */
import type { core, ZodType } from "zod";
import { isCoerced, isOptionalKey, known } from "../../schema/schema-kinds.ts";
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

/** Lazy schemas may be recursive; past this depth they print as unknown. */
const MAX_DEPTH = 64;

export function typeText(schema: ZodType | core.$ZodType, level = 0): string {
  return print(schema, level, 0).text;
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
  return objectLines(shape, extra === "unknown", level + 1, 0);
}

function primary(text: string): Printed {
  return { text, binding: Binding.Primary };
}

function print(schema: core.$ZodType, level: number, depth: number): Printed {
  if (depth > MAX_DEPTH || isCoerced(schema)) return primary("unknown");
  const def = known(schema)._zod.def;
  const next = (inner: core.$ZodType) => print(inner, level, depth + 1);
  switch (def.type) {
    case "string":
    case "template_literal":
      return primary("string");
    case "number":
    case "nan":
      return primary("number");
    case "bigint":
      return primary("bigint");
    case "boolean":
    case "success":
      return primary("boolean");
    case "null":
      return primary("null");
    case "undefined":
      return primary("undefined");
    case "void":
      return primary("void");
    case "never":
      return primary("never");
    case "any":
      return primary("any");
    case "literal":
      return union(def.values.map((v) => primary(literalText(v))));
    case "enum":
      return union(Object.values(def.entries).map((v) => primary(literalText(v))));
    case "optional":
      return union([next(def.innerType), primary("undefined")]);
    case "nullable":
      return union([next(def.innerType), primary("null")]);
    case "default":
    case "prefault":
      return union([next(def.innerType), primary("undefined")]);
    case "readonly":
    case "catch":
    case "nonoptional":
      return next(def.innerType);
    case "lazy":
      return next(def.getter());
    case "pipe":
      return next(def.in);
    case "array":
      return primary(`${wrap(next(def.element))}[]`);
    case "tuple": {
      const items = def.items.map((item) => (isOptionalKey(item) ? `${wrap(next(item))}?` : next(item).text));
      if (def.rest) items.push(`...${wrap(next(def.rest))}[]`);
      return primary(`[${items.join(", ")}]`);
    }
    case "union":
      return union(def.options.map(next));
    case "intersection":
      return { text: `${wrap(next(def.left), Binding.Intersection)} & ${wrap(next(def.right), Binding.Intersection)}`, binding: Binding.Intersection };
    case "record": {
      const key = next(def.keyType).text;
      const record = `Record<${key}, ${next(def.valueType).text}>`;
      return primary(def.keyType._zod.def.type === "string" || !(def as { partial?: boolean }).partial ? record : `Partial<${record}>`);
    }
    case "object":
      return object(def, level, depth);
    default:
      // unknown, and values JSON cannot carry (date, map, set, symbol, file, function, promise, custom, transform).
      return primary("unknown");
  }
}

function object(def: core.$ZodObjectDef, level: number, depth: number): Printed {
  const shape = def.shape as Record<string, core.$ZodType>;
  const extra = def.catchall ? known(def.catchall) : undefined;
  const extraKind = extra?._zod.def.type;
  const keys = Object.keys(shape);
  if (keys.length === 0) {
    if (extraKind === undefined || extraKind === "never") return primary("Record<string, never>");
    return primary(`Record<string, ${print(extra!, level, depth + 1).text}>`);
  }
  const body = `{\n${objectLines(shape, extraKind === "unknown", level + 1, depth)}${indent(level)}}`;
  if (extra && extraKind !== "never" && extraKind !== "unknown") {
    return { text: `${body} & Record<string, ${print(extra, level, depth + 1).text}>`, binding: Binding.Intersection };
  }
  return primary(body);
}

/** One line per property (with its description as a doc comment), each ending in `;`. */
function objectLines(shape: Record<string, core.$ZodType>, open: boolean, level: number, depth: number): string {
  let out = "";
  for (const [key, value] of Object.entries(shape)) {
    const description = describedAs(value);
    if (description !== undefined) out += `${indent(level)}/** ${commentText(description)} */\n`;
    // An optional key's value prints with `| undefined`, as zod infers it, so the type and
    // `z.input` agree under exactOptionalPropertyTypes too.
    out += `${indent(level)}${propertyKey(key)}${isOptionalKey(value) ? "?" : ""}: ${print(value, level, depth + 1).text};\n`;
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
