/**
 * JSONPath reads in the provenance flow: a path (`$.a.b`, `$$.Execution.Input.id`, `$total.sum`)
 * followed through a payload to what it selects, a template's `.$` values and intrinsic calls,
 * each read becoming a demand on the origin it reaches.
 */
import type { Json } from "@aslc/dsl";
import { INTRINSIC_FUNCTIONS, type IntrinsicParam } from "@aslc/dsl/internal";
import { parseIntrinsic, type IntrinsicExpression } from "../../schema/intrinsic-parser.ts";
import { parsePath } from "../../schema/json-path.ts";
import type { Demand, Needs } from "./needs.ts";
import { OPAQUE, readAt, readIndex, type Symbolic } from "./symbolic-value.ts";

/** What the paths of one field are read against. */
export interface ReadScope {
  readonly payload: Symbolic;
  /** The context object (`$$`): the execution input is in it, and in an ItemSelector the item. */
  readonly context: Symbolic;
  /** The workflow variables, each the union of what is assigned to it anywhere. */
  readonly variables: ReadonlyMap<string, Symbolic>;
  readonly needs: Needs;
}

/** Records `demand` on every origin part of `value`. */
export function demandOf(value: Symbolic, demand: Demand, needs: Needs): void {
  if (value.kind === "at") needs.demand(value.origin, value.path, demand);
  if (value.kind === "union") value.options.forEach((option) => demandOf(option, demand, needs));
}

/**
 * What a path selects, with `demand` made on it. A wildcard, slice or filter selects an array
 * of what follows it: its elements are only known to be read, so `demand` is not made on them.
 * A deep scan (`..`) selects at any depth, which says nothing of where.
 */
export function readPath(path: string, scope: ReadScope, demand: Demand = "present"): Symbolic {
  const parsed = parsePath(path);
  if (!parsed.ok) return OPAQUE;
  let value: Symbolic;
  if (parsed.root.kind === "payload") value = scope.payload;
  else if (parsed.root.kind === "context") value = scope.context;
  else value = scope.variables.get(parsed.root.name) ?? OPAQUE;
  let spread = false;
  for (const segment of parsed.segments) {
    if (segment.kind === "deep") {
      demandOf(value, "present", scope.needs);
      return OPAQUE;
    }
    if (segment.kind === "field") value = readAt(value, [{ field: segment.name }]);
    else if (segment.kind === "index") value = readIndex(value, segment.index);
    else {
      value = readAt(value, ["element"]);
      spread = true;
    }
  }
  demandOf(value, spread ? "present" : demand, scope.needs);
  return spread ? { kind: "array", element: value } : value;
}

/**
 * What a payload template builds (Parameters, ResultSelector, ItemSelector, Assign): an object
 * whose `.$` fields hold what their paths select, its literals as constants; intrinsic calls
 * and lists holding paths are opaque.
 */
export function readTemplate(json: Json | undefined, scope: ReadScope): Symbolic {
  if (json === undefined) return OPAQUE;
  if (json === null || typeof json !== "object") return { kind: "constant", value: json };
  if (Array.isArray(json)) {
    const items = (json as readonly Json[]).map((item) => readTemplate(item, scope));
    return items.every((item) => item.kind === "constant") ? { kind: "constant", value: json } : OPAQUE;
  }
  const fields = new Map<string, Symbolic>();
  for (const [key, value] of Object.entries(json as { readonly [key: string]: Json })) {
    if (key.endsWith(".$") && typeof value === "string") fields.set(key.slice(0, -2), readValue(value, scope));
    else fields.set(key, readTemplate(value, scope));
  }
  return { kind: "object", fields };
}

/** A `.$` value, or a path field that may hold an intrinsic call (ErrorPath, CausePath). */
export function readValue(text: string, scope: ReadScope, demand: Demand = "present"): Symbolic {
  if (!text.startsWith("States.")) return readPath(text, scope, demand);
  const parsed = parseIntrinsic(text);
  if (parsed.ok) readIntrinsic(parsed.expression, "value", scope);
  return OPAQUE;
}

/** Each path argument of a call holds what the intrinsic table says that parameter takes. */
function readIntrinsic(expression: IntrinsicExpression, param: IntrinsicParam, scope: ReadScope): void {
  if (expression.kind === "path") readPath(expression.path, scope, param === "value" ? "present" : param);
  if (expression.kind !== "call") return;
  const fn = (INTRINSIC_FUNCTIONS as { readonly [name: string]: (typeof INTRINSIC_FUNCTIONS)[keyof typeof INTRINSIC_FUNCTIONS] | undefined })[expression.name];
  expression.args.forEach((arg, i) => {
    const params: readonly IntrinsicParam[] = fn?.params ?? [];
    const rest: IntrinsicParam = fn && "rest" in fn ? fn.rest : "value";
    readIntrinsic(arg, params[i] ?? rest, scope);
  });
}
