/**
 * A payload described by where its parts came from, as the provenance flow carries it: a part
 * of the workflow input or of a task's result (at some path), an object a template or a
 * ResultPath built, a Parallel's array of branch outputs, a Map's array of iteration outputs,
 * a constant written in the definition (a Pass's Result, a template's literal), or a value
 * nothing can be learned from (the context object, an error output, an intrinsic's value).
 * A state reached from several predecessors holds the union of what each hands it.
 */

import type { Json } from "@aslc/dsl";

/** What a payload part can come from: the execution input, or the result of the named state's work. */
export type Origin = "input" | `result:${string}`;

/** One step of a path into a value: a field, or any element of an array. */
export type Step = { readonly field: string } | "element";

export type Symbolic =
  /** The value at `path` inside `origin`. */
  | { readonly kind: "at"; readonly origin: Origin; readonly path: readonly Step[] }
  /** An object with these fields; any other field is read from `base` (what a ResultPath wrote into). */
  | { readonly kind: "object"; readonly fields: ReadonlyMap<string, Symbolic>; readonly base?: Symbolic }
  /** A Parallel's result: one item per branch. */
  | { readonly kind: "tuple"; readonly items: readonly Symbolic[] }
  /** A Map's result, or a batch's Items: every element is `element`. */
  | { readonly kind: "array"; readonly element: Symbolic }
  | { readonly kind: "union"; readonly options: readonly Symbolic[] }
  /** A value written in the definition. */
  | { readonly kind: "constant"; readonly value: Json }
  | { readonly kind: "opaque" };

export const OPAQUE: Symbolic = { kind: "opaque" };

export function at(origin: Origin, path: readonly Step[] = []): Symbolic {
  return { kind: "at", origin, path };
}

/**
 * Keys longer than this mark a value that keeps growing (a loop that nests its own input): it
 * is cut off to opaque, which loses the reads made through it but lets the flow settle.
 */
const MAX_KEY_LENGTH = 4000;
/** Unions wider than this are cut off the same way. */
const MAX_OPTIONS = 24;

/** A text that is equal for equal values: how the flow sees that a transition carries nothing new. */
export function keyOf(value: Symbolic): string {
  switch (value.kind) {
    case "at":
      return `@${value.origin}${value.path.map((s) => (s === "element" ? "[]" : `.${JSON.stringify(s.field)}`)).join("")}`;
    case "object":
      return `{${[...value.fields].map(([name, field]) => `${JSON.stringify(name)}:${keyOf(field)}`).join(",")}}${value.base ? `+${keyOf(value.base)}` : ""}`;
    case "tuple":
      return `(${value.items.map(keyOf).join(",")})`;
    case "array":
      return `[${keyOf(value.element)}]`;
    case "union":
      return `<${value.options.map(keyOf).join("|")}>`;
    case "constant":
      return `=${JSON.stringify(value.value)}`;
    case "opaque":
      return "?";
  }
}

/** The union of values, flattened and without repeats; opaque members add nothing to read. */
export function unionOf(values: readonly Symbolic[]): Symbolic {
  const seen = new Map<string, Symbolic>();
  const add = (value: Symbolic): void => {
    if (value.kind === "union") value.options.forEach(add);
    else if (value.kind !== "opaque") seen.set(keyOf(value), value);
  };
  values.forEach(add);
  const options = [...seen.values()];
  if (options.length === 0) return OPAQUE;
  if (options.length === 1) return options[0]!;
  if (options.length > MAX_OPTIONS) return OPAQUE;
  const union: Symbolic = { kind: "union", options };
  return keyOf(union).length > MAX_KEY_LENGTH ? OPAQUE : union;
}

/** The value a path selects. */
export function readAt(value: Symbolic, steps: readonly Step[]): Symbolic {
  let current = value;
  for (const step of steps) current = readStep(current, step);
  return current;
}

function readStep(value: Symbolic, step: Step): Symbolic {
  switch (value.kind) {
    case "at":
      return at(value.origin, [...value.path, step]);
    case "object":
      if (step === "element") return OPAQUE;
      if (value.fields.has(step.field)) return value.fields.get(step.field)!;
      return value.base ? readStep(value.base, step) : OPAQUE;
    case "tuple":
      return step === "element" ? unionOf(value.items) : OPAQUE;
    case "array":
      return step === "element" ? value.element : OPAQUE;
    case "union":
      return unionOf(value.options.map((option) => readStep(option, step)));
    case "constant":
      return constantStep(value.value, step);
    case "opaque":
      return OPAQUE;
  }
}

/** What a step into a constant selects: its field, or any of its elements. */
function constantStep(value: Json, step: Step): Symbolic {
  if (typeof value !== "object" || value === null) return OPAQUE;
  if (Array.isArray(value)) return step === "element" ? unionOf((value as readonly Json[]).map((item) => ({ kind: "constant", value: item }))) : OPAQUE;
  if (step === "element" || !Object.hasOwn(value, step.field)) return OPAQUE;
  return { kind: "constant", value: (value as { readonly [key: string]: Json })[step.field]! };
}

/** An item of a tuple by position (`$[1]`), the elements of an array, or the value's elements. */
export function readIndex(value: Symbolic, index: number): Symbolic {
  if (value.kind === "tuple") return value.items.at(index) ?? OPAQUE;
  if (value.kind === "union") return unionOf(value.options.map((option) => readIndex(option, index)));
  return readStep(value, "element");
}

/** `value` with `written` put at the field path `fields` (ResultPath): the rest of `value` is kept. */
export function writeAt(value: Symbolic, fields: readonly string[], written: Symbolic): Symbolic {
  if (fields.length === 0) return written;
  if (value.kind === "union") return unionOf(value.options.map((option) => writeAt(option, fields, written)));
  const [name, ...rest] = fields as [string, ...string[]];
  const inner = writeAt(readStep(value, { field: name }), rest, written);
  if (value.kind === "object") return { kind: "object", fields: new Map([...value.fields, [name, inner]]), base: value.base };
  return { kind: "object", fields: new Map([[name, inner]]), base: value.kind === "opaque" ? undefined : value };
}
