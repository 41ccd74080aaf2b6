/** State names: unique across the whole machine (branches and processors too), at most 80 characters. */
import { allScopes, scopeLabel, type WorkflowIR } from "@aslc/dsl";
import type { Report } from "./report.ts";

export const MAX_STATE_NAME_LENGTH = 80;

export function checkNames(workflow: WorkflowIR, report: Report): void {
  const seen = new Map<string, string>();
  for (const scope of allScopes(workflow)) {
    const label = scopeLabel(scope, `workflow '${workflow.name}'`);
    for (const state of scope.machine.states) {
      const earlier = seen.get(state.name);
      if (earlier !== undefined) {
        report.error("ASLC100", state, `the name is used twice (in ${earlier} and in ${label}); state names must be unique across the whole machine, branches and item processors included: rename one`);
      } else {
        seen.set(state.name, label);
      }
      if ([...state.name].length > MAX_STATE_NAME_LENGTH) {
        report.error("ASLC101", state, `the name has ${[...state.name].length} characters; Step Functions allows at most ${MAX_STATE_NAME_LENGTH}: shorten it`);
      }
    }
  }
}
