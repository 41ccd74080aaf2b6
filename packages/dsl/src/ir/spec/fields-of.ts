/**
 * Every field a node holds, read through its spec: the one walk over fields that the emitter's
 * checks, the language checks, the path and template checks, variable reads and field
 * references share, so a field in the spec is seen by every check that applies to its kind.
 */
import type { StateNode } from "../nodes.ts";
import type { FieldSpec, ObjectSpec } from "./field-spec.ts";
import { STATE_SPECS } from "./states.ts";

export interface FieldPlace {
  /** The field's key in its IR object. */
  readonly key: string;
  readonly spec: FieldSpec;
  readonly value: unknown;
  /** Its place in ASL: "TimeoutSeconds", "Catch[0].Output", "ItemReader.ReaderConfig.MaxItems". */
  readonly field: string;
  /** The builder option that sets it: "timeoutSeconds", "output of catcher 1", "itemReader.readerConfig.maxItems". */
  readonly option: string;
  /** The spec of the object holding it, and the object: where its twin is found. */
  readonly owner: ObjectSpec;
  readonly holder: { readonly [key: string]: unknown };
}

/** The spec of a state's kind. */
export function specOf(state: StateNode): ObjectSpec {
  return STATE_SPECS[state.type];
}

/**
 * The fields of an object that hold a value, in spec order, descending into nested objects and
 * lists (ItemReader, Catch, Choices) but not into nested machines, whose states are states of
 * their own. A nested object is given before its fields.
 */
export function* fieldsIn(holder: object, spec: ObjectSpec, field = "", option = ""): Generator<FieldPlace> {
  const values = holder as { readonly [key: string]: unknown };
  for (const [key, fieldSpec] of Object.entries(spec)) {
    // Own keys only: a key the object lacks must not reach its prototype (a state may be named `__proto__`).
    if (!Object.hasOwn(values, key)) continue;
    const value = values[key];
    if (value === undefined) continue;
    const aslName = fieldSpec.asl ?? key;
    const place = `${field}${aslName}`;
    const optionName = `${option}${key}`;
    yield { key, spec: fieldSpec, value, field: place, option: optionName, owner: spec, holder: values };
    if (fieldSpec.kind === "object" && fieldSpec.nested && isObject(value)) {
      yield* fieldsIn(value, fieldSpec.nested, `${place}.`, `${optionName}.`);
    }
    if (fieldSpec.kind === "list" && fieldSpec.nested && Array.isArray(value)) {
      for (const [i, entry] of value.entries()) {
        if (isObject(entry)) yield* listEntryFields(entry, fieldSpec.nested, `${place}[${i}].`, `${fieldSpec.entry ?? "entry"} ${i + 1}`);
      }
    }
  }
}

/** A list entry's fields, named "output of catcher 1" for the builder. */
function* listEntryFields(entry: object, spec: ObjectSpec, field: string, entryName: string): Generator<FieldPlace> {
  for (const place of fieldsIn(entry, spec, field)) yield { ...place, option: `${place.option} of ${entryName}` };
}

/** Every field of a state, at any depth of its own fields. */
export function fieldsOf(state: StateNode): Generator<FieldPlace> {
  return fieldsIn(state, specOf(state));
}

/** The twin of a field (TimeoutSecondsPath for TimeoutSeconds), with its value where the object holds one. */
export function twinOf(place: FieldPlace): { readonly key: string; readonly spec: FieldSpec; readonly value: unknown } | undefined {
  const key = place.spec.twin;
  if (key === undefined) return undefined;
  const spec = place.owner[key];
  return spec && { key, spec, value: Object.hasOwn(place.holder, key) ? place.holder[key] : undefined };
}

/** Whether a field exists in a query language. */
export function inLanguage(spec: FieldSpec, language: "JSONPath" | "JSONata"): boolean {
  return (spec.languages ?? "both") === "both" || spec.languages === language;
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
