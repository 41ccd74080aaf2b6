/**
 * The fields of a JSONata state that Step Functions evaluates as JSONata, each with its place
 * named both ways (ASL's field and the builder option) and what `$states` holds when it runs,
 * as the field spec says.
 */
import type { Condition, Json, StateNode } from "@aslc/dsl";
import { fieldsOf, inLanguage } from "@aslc/dsl/internal";

/**
 * When a field is evaluated: before the work (`$states.input` only), after it (`$states.result`
 * too: Output and Assign of Task, Parallel and Map), or in a catcher (`$states.errorOutput`).
 */
export type Phase = "input" | "result" | "error";

export interface JsonataField {
  /** ASL's name for the place: "Output", "Catch[0].Assign", "Choices[1].Condition". */
  readonly field: string;
  /** The builder option that sets it: "output", "assign of catcher 1", "condition of rule 2". */
  readonly option: string;
  readonly value: Json;
  readonly phase: Phase;
}

const PHASES: { readonly [reads: string]: Phase } = { result: "result", "error-output": "error" };

/** The fields of a state that hold JSONata values, from the spec: payloads, scalars and JSONata Conditions. */
export function jsonataFields(state: StateNode): JsonataField[] {
  const fields: JsonataField[] = [];
  for (const place of fieldsOf(state)) {
    const { spec } = place;
    if (!inLanguage(spec, "JSONata")) continue;
    const phase = PHASES[spec.reads ?? "nothing"] ?? "input";
    if (spec.kind === "condition") {
      const condition = place.value as Condition;
      if (condition.kind === "jsonata") fields.push({ field: place.field, option: place.option, value: condition.expression, phase });
    } else if (spec.kind === "payload" || spec.kind === "scalar") {
      fields.push({ field: place.field, option: place.option, value: place.value as Json, phase });
    }
  }
  return fields;
}

/** Every string in a JSON value with its place (`Arguments.Payload.id`, `Items[2]`). */
export function* stringsIn(value: Json, where: string): Generator<{ readonly where: string; readonly text: string }> {
  if (typeof value === "string") {
    yield { where, text: value };
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* stringsIn(item, `${where}[${i}]`);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value as { readonly [key: string]: Json })) yield* stringsIn(item, `${where}.${key}`);
  }
}

/** Every object key in a JSON value with its place. */
export function* keysIn(value: Json, where: string): Generator<{ readonly where: string; readonly key: string }> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* keysIn(item, `${where}[${i}]`);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value as { readonly [key: string]: Json })) {
      yield { where: `${where}.${key}`, key };
      yield* keysIn(item, `${where}.${key}`);
    }
  }
}

/**
 * A string meant as an expression: `{%` first or `%}` last. Step Functions evaluates only the
 * whole `{% … %}` string, so one with anything outside the delimiters is a mistake or a literal.
 */
export function looksLikeExpression(text: string): boolean {
  return text.startsWith("{%") || text.endsWith("%}");
}
