/**
 * Each state runs in one query language: its own QueryLanguage, else the workflow's, else
 * JSONPath (a state inside a Parallel branch or a Map processor falls back to the workflow's,
 * not to the enclosing state's). A JSONata workflow may not hold a JSONPath state; a JSONPath
 * workflow may hold JSONata states. Each state's fields must belong to its language.
 */
import { allStates, type QueryLanguage, type StateNode, type WorkflowIR } from "@aslc/dsl";
import { checkJsonataOnlyFields } from "./jsonata-only-fields.ts";
import { checkJsonataState } from "./jsonata-syntax.ts";
import { checkJsonPathOnlyFields } from "./jsonpath-only-fields.ts";
import type { Report } from "./report.ts";

export function effectiveLanguage(workflow: WorkflowIR, state: StateNode): QueryLanguage {
  return state.queryLanguage ?? workflow.queryLanguage ?? "JSONPath";
}

export function checkQueryLanguages(workflow: WorkflowIR, report: Report): void {
  for (const state of allStates(workflow)) {
    if (workflow.queryLanguage === "JSONata" && state.queryLanguage === "JSONPath") {
      report.error(
        "ASLC130",
        state,
        `the workflow's queryLanguage is JSONata, and a JSONata workflow cannot hold a JSONPath state: remove queryLanguage: "JSONPath" and write the state in JSONata, or make the workflow JSONPath and set queryLanguage: "JSONata" on its JSONata states`,
        "QueryLanguage",
      );
    }
    if (effectiveLanguage(workflow, state) === "JSONata") {
      checkJsonPathOnlyFields(state, report);
      checkJsonataState(state, report);
    } else {
      checkJsonataOnlyFields(state, report);
    }
  }
}
