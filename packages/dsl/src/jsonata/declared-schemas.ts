/**
 * The schemas authors give `jsonata(expression, schema)` expressions and
 * `States.StringToJson(text, schema)` calls, collected from a state's options so the compiler
 * can type them (in the ASL they are plain strings).
 */
import type { ZodType } from "zod";
import { INTRINSIC, isIntrinsic } from "../payload/intrinsic.ts";
import { isJsonataExpression } from "./jsonata-value.ts";

function isZod(value: object): boolean {
  return "_zod" in value;
}

/** Adds every `jsonata(…, schema)` and intrinsic call with a schema found in value (at any depth) to `into`, by its text. */
export function collectExpressionSchemas(value: unknown, into: Map<string, ZodType>, seen: Set<object> = new Set()): void {
  // A value that holds itself is walked once (the compiler reports it: JSON cannot carry it).
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  if (isJsonataExpression(value)) {
    // The same text with two schemas keeps the first: one expression gives one value.
    if (value.schema !== undefined && !into.has(value.expression)) into.set(value.expression, value.schema);
    return;
  }
  if (isIntrinsic(value)) {
    if (value.schema !== undefined && !into.has(value.expression)) into.set(value.expression, value.schema);
    collectExpressionSchemas(value[INTRINSIC].args, into, seen);
    return;
  }
  if (isZod(value)) return;
  for (const item of Array.isArray(value) ? value : Object.values(value)) collectExpressionSchemas(item, into, seen);
}
