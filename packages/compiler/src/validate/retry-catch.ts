/**
 * Retry and Catch: non-empty ErrorEquals, value ranges, and States.ALL alone in the last entry.
 * Custom error names may not use the reserved `States.` prefix.
 */
import { allStates, PREDEFINED_ERRORS, type Catcher, type Retrier, type StateNode, type WorkflowIR } from "@aslc/dsl";
import type { Report } from "./report.ts";

const PREDEFINED = new Set<string>(PREDEFINED_ERRORS);
function checkErrorNames(state: StateNode, field: string, entries: readonly (Retrier | Catcher)[], report: Report): void {
  entries.forEach((entry, i) => {
    const where = `${field}[${i}]`;
    if (entry.errorEquals.length === 0) report.error("ASLC106", state, `${where}.ErrorEquals is empty: list at least one error name`, `${where}.ErrorEquals`);
    for (const name of entry.errorEquals) {
      if (name.startsWith("States.") && !PREDEFINED.has(name)) {
        report.error("ASLC107", state, `${where}.ErrorEquals has '${name}', which is not a Step Functions error; names starting with 'States.' are reserved: check the spelling or choose another name`, `${where}.ErrorEquals`);
      }
    }
    if (entry.errorEquals.includes("States.ALL")) {
      if (entry.errorEquals.length > 1) report.error("ASLC108", state, `${where}.ErrorEquals: States.ALL must stand alone; move the other names to an earlier entry`, `${where}.ErrorEquals`);
      if (i !== entries.length - 1) report.error("ASLC108", state, `${where}: the entry with States.ALL must be the last one in ${field}; move it to the end`, where);
    }
  });
}

/** A retrier's ranges are the field spec's (fields.ts); its JitterStrategy is one of two words. */
function checkRetrier(state: StateNode, r: Retrier, i: number, report: Report): void {
  if (r.jitterStrategy !== undefined && r.jitterStrategy !== "FULL" && r.jitterStrategy !== "NONE") report.error("ASLC109", state, `Retry[${i}].JitterStrategy must be FULL or NONE`, `Retry[${i}].JitterStrategy`);
}

export function checkRetryCatch(workflow: WorkflowIR, report: Report): void {
  for (const state of allStates(workflow)) {
    if (!("retry" in state || "catch" in state)) continue;
    const retry = "retry" in state ? state.retry : undefined;
    const catchers = "catch" in state ? state.catch : undefined;
    if (retry) {
      checkErrorNames(state, "Retry", retry, report);
      retry.forEach((r, i) => checkRetrier(state, r, i, report));
    }
    if (catchers) checkErrorNames(state, "Catch", catchers, report);
  }
}
