/**
 * Only JSON leaves the builder: every field of every state (and of the workflow) must hold
 * values JSON represents faithfully. Workflows loaded by the compiler were checked as they left
 * the loading process; this check covers IR built in the caller's own process (`emitAsl`).
 */
import { allScopes, innerScopes, type WorkflowIR } from "@aslc/dsl";
import { SCHEMA_KEYS } from "../load/isolate/ir-wire.ts";
import { aslField, nonJsonMessage, nonJsonValues } from "../load/isolate/json-values.ts";
import type { Report } from "./report.ts";

/** Keys that hold no JSON: where the state was written, and what is checked state by state. */
const NOT_FIELDS = new Set(["site", "states", "branches", "itemProcessor", "iterator", "expressionSchemas", ...SCHEMA_KEYS]);

function check(node: object, report: Report, state: Parameters<Report["error"]>[1]): void {
  // Keys, not entries: reading `site` would resolve every call site.
  for (const key of Object.keys(node)) {
    if (NOT_FIELDS.has(key)) continue;
    for (const found of nonJsonValues((node as Record<string, unknown>)[key], aslField(key))) report.error("ASLC317", state, nonJsonMessage(found));
  }
}

export function checkJsonValues(workflow: WorkflowIR, report: Report): void {
  check(workflow, report, undefined);
  for (const scope of allScopes(workflow)) {
    for (const state of scope.machine.states) {
      check(state, report, state);
      for (const inner of innerScopes(state, scope)) check(inner.machine, report, state);
    }
  }
}
