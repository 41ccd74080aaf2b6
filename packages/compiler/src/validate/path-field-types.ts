/**
 * Every `…Path` field of the IR holds a path: a string, or null where ASL lets null discard
 * (ResultPath, InputPath, OutputPath). The types say so, but a JavaScript author (or code that
 * casts the chain to `any`) can pass anything, and the IR arrives from the author's process:
 * a number or an object there is reported, alone, before checks that read paths as text.
 */
import type { WorkflowIR } from "@aslc/dsl";
import { aslField } from "../load/isolate/json-values.ts";
import type { Report } from "./report.ts";
import { allStates } from "./scopes.ts";

type Owner = Parameters<Report["error"]>[1];

/** Nested IR objects whose own `…Path` keys are fields too (their other keys are templates). */
const NESTED = ["itemBatcher", "readerConfig"] as const;

function describe(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  return value === null ? "null" : typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}

function checkNode(node: object, where: string, report: Report, state: Owner): void {
  // Keys, not entries: reading `site` would resolve the call site.
  for (const key of Object.keys(node)) {
    if (key === "site") continue;
    const value = (node as Record<string, unknown>)[key];
    if (key.endsWith("Path") && value !== undefined && value !== null && typeof value !== "string") {
      report.error("ASLC124", state, `${where}${aslField(key)} is ${describe(value)}, not a path: give a path string such as '$.field'`);
    }
    if ((NESTED as readonly string[]).includes(key) && value !== null && typeof value === "object") checkNode(value, `${where}${aslField(key)}.`, report, state);
  }
}

export function checkPathFieldTypes(workflow: WorkflowIR, report: Report): void {
  for (const state of allStates(workflow)) {
    checkNode(state, "", report, state);
    if ("catch" in state) state.catch?.forEach((catcher, i) => checkNode(catcher, `Catch[${i}].`, report, state));
    if (state.type === "Map" && state.itemReader) checkNode(state.itemReader, "ItemReader.", report, state);
  }
}
