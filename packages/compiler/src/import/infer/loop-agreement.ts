/**
 * What a loop back to a state must bring: the DSL types a state's input as the payload that
 * first reaches it (from outside the loop), and a jump back to it must carry a payload of that
 * type. Where what enters the state holds a constant (a Pass's Result, a template's literal)
 * and what a transition from inside the loop brings holds part of an origin at the same path
 * (a task's result, typically the work that updates a counter or an iterator), that part is
 * demanded to have the constant's shape: its fields, with their kinds.
 */
import type { Json } from "@aslc/dsl";
import type { Needs } from "./needs.ts";
import { readAt, type Step, type Symbolic } from "./symbolic-value.ts";

export function demandLoopAgreement(entering: readonly Symbolic[], looping: readonly Symbolic[], needs: Needs): void {
  for (const value of entering) {
    for (const [path, constant] of constantsIn(value, [])) {
      for (const back of looping) demandShape(readAt(back, path), constant, needs);
    }
  }
}

/** The constants a value holds, by the path to each (through objects a template or ResultPath built). */
function constantsIn(value: Symbolic, path: readonly Step[]): [readonly Step[], Json][] {
  if (value.kind === "constant") return [[path, value.value]];
  if (value.kind === "object") return [...value.fields].flatMap(([name, field]) => constantsIn(field, [...path, { field: name }]));
  if (value.kind === "union") return value.options.flatMap((option) => constantsIn(option, path));
  return [];
}

/** Demands on every origin part of `value` that it has the shape of `constant`. */
function demandShape(value: Symbolic, constant: Json, needs: Needs): void {
  if (value.kind === "union") value.options.forEach((option) => demandShape(option, constant, needs));
  // A Map's results (an array built of each iteration's output): each is shaped like the constant's items.
  if (value.kind === "array" && Array.isArray(constant)) (constant as readonly Json[]).forEach((item) => demandShape(value.element, item, needs));
  if (value.kind !== "at") return;
  if (typeof constant === "string") needs.demand(value.origin, value.path, "string");
  else if (typeof constant === "number") needs.demand(value.origin, value.path, "number");
  else if (typeof constant === "boolean") needs.demand(value.origin, value.path, "boolean");
  else if (Array.isArray(constant)) {
    needs.demand(value.origin, value.path, "array");
    const element: Symbolic = { kind: "at", origin: value.origin, path: [...value.path, "element"] };
    (constant as readonly Json[]).forEach((item) => demandShape(element, item, needs));
  }
  else if (constant !== null) {
    const fields = Object.entries(constant as { readonly [key: string]: Json });
    if (fields.length === 0) needs.demand(value.origin, value.path, "object");
    for (const [name, field] of fields) demandShape({ kind: "at", origin: value.origin, path: [...value.path, { field: name }] }, field, needs);
  }
}
