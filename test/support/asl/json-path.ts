/**
 * The JSONPath subset ASL definitions use: `$`, `.field`, `['field']`, `[n]` and `[*]` (which
 * projects the rest of the path over every element, giving an array), for reading; plain field
 * paths (`$.a.b`) for writing a ResultPath.
 */
import { parsePath } from "../../../packages/compiler/src/schema/json-path.ts";
import { InterpreterError } from "./interpreter-error.ts";

type Segment = { readonly field: string } | { readonly index: number } | { readonly every: true };

/** The path's steps, parsed as the compiler parses paths; of those, the ones the interpreter follows. */
function segments(path: string): Segment[] {
  const parsed = parsePath(path);
  if (!parsed.ok) throw new InterpreterError(parsed.reason);
  if (parsed.root.kind !== "payload") throw new InterpreterError(`only paths from $ are read here: ${path}`);
  return parsed.segments.map((segment) => {
    switch (segment.kind) {
      case "field":
        return { field: segment.name };
      case "index":
        if (segment.index < 0) throw new InterpreterError(`negative indexes are not supported by the test interpreter: ${path}`);
        return { index: segment.index };
      case "wildcard":
        return { every: true };
      default:
        throw new InterpreterError(`path syntax not supported by the test interpreter (${segment.kind}) in ${path}`);
    }
  });
}

/** Marks a path that leads nowhere, as distinct from one that leads to null. */
export const ABSENT: unique symbol = Symbol("absent");

function walk(value: unknown, rest: readonly Segment[]): unknown {
  if (rest.length === 0) return value;
  const [head, ...tail] = rest;
  if ("every" in head!) {
    if (!Array.isArray(value)) return ABSENT;
    return value.map((item) => walk(item, tail)).filter((item) => item !== ABSENT);
  }
  if ("index" in head!) return Array.isArray(value) && head.index < value.length ? walk(value[head.index], tail) : ABSENT;
  if (typeof value !== "object" || value === null || Array.isArray(value) || !Object.hasOwn(value, head!.field)) return ABSENT;
  return walk((value as Record<string, unknown>)[head!.field], tail);
}

/** The value at `path` in `document`, or ABSENT. */
export function readPath(document: unknown, path: string): unknown {
  return walk(document, segments(path));
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A copy of `document` with `value` placed at a field path (`$` replaces the whole document).
 * Missing fields on the way are created; a document or field on the way that is not an object
 * cannot take the value: States.ResultPathMatchFailure, "Step Functions failed to apply a state's
 * ResultPath field to the input the state received"
 * (https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html).
 */
export function writePath(document: unknown, path: string, value: unknown): unknown {
  const parts = segments(path);
  if (parts.length === 0) return value;
  const mismatch = () => Object.assign(new Error(`Unable to apply ResultPath ${path} to input ${JSON.stringify(document)}`), { name: "States.ResultPathMatchFailure" });
  if (!isObject(document)) throw mismatch();
  const root = structuredClone(document);
  let node = root;
  parts.forEach((part, i) => {
    if (!("field" in part)) throw new InterpreterError(`a ResultPath can only name fields: ${path}`);
    if (i === parts.length - 1) node[part.field] = value;
    else {
      const next = Object.hasOwn(node, part.field) ? node[part.field] : {};
      if (!isObject(next)) throw mismatch();
      node = node[part.field] = next;
    }
  });
  return root;
}
