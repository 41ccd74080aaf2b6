/**
 * Schemas that promise values JSON cannot carry (ASLC160): the execution input, each task's
 * result, a Map's itemSchema and `jsonata(expression, schema)` declarations describe JSON that
 * arrives, so a date, bigint, map, set, symbol, function, promise, undefined, NaN, custom or file
 * anywhere inside them (read by their input side, as the schema flow reads them) can never hold.
 * The types refuse what TypeScript can tell apart; this check sees every kind, at any depth.
 */
import { NOT_JSON_KINDS, NOT_JSON_LITERAL, type NotJsonKind, type WorkflowIR } from "@aslc/dsl";
import type { core, ZodType } from "zod";
import { isCoerced, known } from "../schema/schema-kinds.ts";
import type { Report } from "./report.ts";
import { allStates } from "./scopes.ts";

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
    for (const found of notJson(schema)) report.error("ASLC160", undefined, describe(`the schema of jsonata() ${expression}`, found));
  }
}

function describe(what: string, found: Found): string {
  return found.path === "" ? `${what}: ${found.message}` : `${what}, field ${found.path}: ${found.message}`;
}

/** Every place in a schema's input side that JSON cannot carry (each lazy schema is unfolded once). */
export function notJson(schema: ZodType): Found[] {
  const found: Found[] = [];
  const unfolded = new Set<core.$ZodType>();
  const field = (path: string, key: string) => (path === "" ? key : `${path}.${key}`);
  const visit = (current: core.$ZodType, path: string, inUnion: boolean): void => {
    if (isCoerced(current)) return;
    const def = known(current)._zod.def;
    switch (def.type) {
      case "object":
        for (const [key, value] of Object.entries(def.shape as Record<string, core.$ZodType>)) visit(value, field(path, key), false);
        if (def.catchall) visit(def.catchall, `${path}[*]`, false);
        return;
      case "array":
        return visit(def.element, `${path}[]`, false);
      case "tuple":
        def.items.forEach((item, i) => visit(item, `${path}[${i}]`, false));
        if (def.rest) visit(def.rest, `${path}[]`, false);
        return;
      case "record":
        return visit(def.valueType, `${path}[*]`, false);
      case "union":
        for (const option of def.options) visit(option, path, true);
        return;
      case "intersection":
        visit(def.left, path, inUnion);
        return visit(def.right, path, inUnion);
      case "optional":
      case "nullable":
      case "default":
      case "prefault":
      case "readonly":
      case "catch":
      case "nonoptional":
        return visit(def.innerType, path, inUnion);
      case "pipe":
        return visit(def.in, path, inUnion);
      case "lazy":
        if (unfolded.has(current)) return;
        unfolded.add(current);
        return visit(def.getter(), path, inUnion);
      case "literal":
        if (def.values.some((v) => typeof v === "bigint" || (v === undefined && !inUnion))) found.push({ path, message: NOT_JSON_LITERAL });
        return;
      case "undefined":
      case "void":
        // In a union it says the value may be missing, which JSON can say by leaving it out.
        if (!inUnion) found.push({ path, message: NOT_JSON_KINDS[def.type] });
        return;
      default:
        if (def.type in NOT_JSON_KINDS) found.push({ path, message: NOT_JSON_KINDS[def.type as NotJsonKind] });
    }
  };
  visit(schema, "", false);
  return found;
}
