/**
 * Every path field of the IR (the field spec's path and reference-path kinds) holds a path: a
 * string, or null where ASL lets null discard (ResultPath, InputPath, OutputPath). The types say so, but a JavaScript author (or code that
 * casts the chain to `any`) can pass anything, and the IR arrives from the author's process:
 * a number or an object there is reported, alone, before checks that read paths as text.
 */
import { allStates, type WorkflowIR } from "@aslc/dsl";
import { fieldsOf } from "@aslc/dsl/internal";
import type { Report } from "./report.ts";

function describe(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  return value === null ? "null" : typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}

/** The fields ASL lets null discard (the input, the output, the result): no other path may be null. */
const DISCARDING = /^(InputPath|OutputPath|ResultPath|Catch\[\d+\]\.ResultPath)$/;

export function checkPathFieldTypes(workflow: WorkflowIR, report: Report): void {
  for (const state of allStates(workflow)) {
    for (const place of fieldsOf(state)) {
      const { kind } = place.spec;
      if ((kind === "path" || kind === "reference-path") && typeof place.value !== "string" && !(place.value === null && DISCARDING.test(place.field))) {
        report.error("ASLC124", state, `${place.field} is ${describe(place.value)}, not a path: give a path string such as '$.field'`, place.field);
      }
    }
  }
}
