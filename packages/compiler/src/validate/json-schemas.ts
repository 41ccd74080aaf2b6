/**
 * Schemas that promise values JSON cannot carry (ASLC160): the execution input, each task's
 * result, a Map's itemSchema and `jsonata(expression, schema)` declarations describe JSON that
 * arrives, so a date, bigint, map, set, symbol, function, promise, undefined, NaN, custom or file
 * anywhere inside them (read by their input side, as the schema flow reads them) can never hold.
 * The types refuse what TypeScript can tell apart; this check sees every kind, at any depth.
 */
import { allStates, type WorkflowIR } from "@aslc/dsl";
import { NOT_JSON_KINDS, NOT_JSON_LITERAL, type NotJsonKind } from "@aslc/dsl/internal";
import type { core, ZodType } from "zod";
import { known } from "../schema/schema-kinds.ts";
import { throughLazy, throughPipeInput, throughWrapper } from "../schema/walk/input-side.ts";
import type { SchemaWalker, Walk } from "../schema/walk/processors.ts";
import { walkSchema } from "../schema/walk/walk.ts";
import type { Report } from "./report.ts";

interface Found {
  /** Where inside the schema: "" for the schema itself, "items[].when", … */
  readonly path: string;
  readonly message: string;
}

export function checkJsonSchemas(workflow: WorkflowIR, report: Report): void {
  for (const found of notJson(workflow.inputSchema)) report.error("ASLC160", undefined, describe("input schema", found));
  for (const state of allStates(workflow)) {
    const schema = state.type === "Task" ? state.resultSchema : state.type === "Map" ? state.itemSchema : undefined;
    const what = state.type === "Task" ? "result schema" : "itemSchema";
    if (schema) for (const found of notJson(schema)) report.error("ASLC160", state, describe(what, found));
  }
  for (const [expression, schema] of Object.entries(workflow.expressionSchemas ?? {})) {
    for (const found of notJson(schema)) report.error("ASLC160", undefined, describe(`the schema of ${expression.startsWith("States.") ? "" : "jsonata() "}${expression}`, found));
  }
}

function describe(what: string, found: Found): string {
  return found.path === "" ? `${what}: ${found.message}` : `${what}, field ${found.path}: ${found.message}`;
}

/** Every place in a schema's input side that JSON cannot carry (a schema that recurs inside itself is read once). */
export function notJson(schema: ZodType): Found[] {
  return [...walkSchema(NOT_JSON, schema, { path: "", inUnion: false })];
}

/** Where the walk is: the path inside the schema, and whether a union holds the value (it may then be missing). */
interface Place {
  readonly path: string;
  readonly inUnion: boolean;
}

const fine = (): readonly Found[] => [];
const notJsonKind = (def: { readonly type: NotJsonKind }, place: Place): readonly Found[] => [{ path: place.path, message: NOT_JSON_KINDS[def.type] }];
/** In a union it says the value may be missing, which JSON can say by leaving it out. */
const missing = (def: { readonly type: "undefined" | "void" }, place: Place) => (place.inUnion ? [] : notJsonKind(def, place));
const field = (path: string, key: string) => (path === "" ? key : `${path}.${key}`);
const at = (path: string): Place => ({ path, inUnion: false });

const NOT_JSON: SchemaWalker<readonly Found[], Place> = {
  kinds: {
    object: (def, { path }, walk) => [
      ...Object.entries(def.shape as Record<string, core.$ZodType>).flatMap(([key, value]) => walk(value, at(field(path, key)))),
      ...(def.catchall ? walk(def.catchall, at(`${path}[*]`)) : []),
    ],
    array: (def, { path }, walk) => walk(def.element, at(`${path}[]`)),
    tuple: (def, { path }, walk) => [...def.items.flatMap((item, i) => walk(item, at(`${path}[${i}]`))), ...(def.rest ? walk(def.rest, at(`${path}[]`)) : [])],
    record: (def, { path }, walk) => walk(def.valueType, at(`${path}[*]`)),
    union: (def, { path }, walk) => def.options.flatMap((option) => walk(option, { path, inUnion: true })),
    intersection: (def, place, walk) => [...walk(def.left, place), ...walk(def.right, place)],
    optional: throughWrapper, nullable: throughWrapper, default: throughWrapper, prefault: throughWrapper,
    readonly: throughWrapper, catch: throughWrapper, nonoptional: throughWrapper,
    pipe: throughPipeInput,
    lazy: throughLazy,
    literal: (def, place) => (def.values.some((v) => typeof v === "bigint" || (v === undefined && !place.inUnion)) ? [{ path: place.path, message: NOT_JSON_LITERAL }] : []),
    undefined: missing,
    void: missing,
    string: fine, template_literal: fine, number: fine, boolean: fine, null: fine, enum: fine, any: fine, unknown: fine,
    never: fine, success: fine,
    // A transform reads as what its pipe accepts (the pipe's input side is walked, not its output).
    transform: fine,
    nan: notJsonKind, bigint: notJsonKind, date: notJsonKind, map: notJsonKind, set: notJsonKind, symbol: notJsonKind,
    function: notJsonKind, promise: notJsonKind, custom: notJsonKind, file: notJsonKind,
  },
  // The schema is being read already, at an outer place: its findings are reported there.
  reference: fine,
  // A coercion accepts any value.
  readsInput: true,
};
