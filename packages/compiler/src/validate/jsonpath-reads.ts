/**
 * ASLC437: a JSONPath read (a path field, a template's `.$` value, an intrinsic's argument) that
 * the schema flow finds selects nothing at that state: a field the payload, the result or the
 * context object lacks. A warning: Step Functions knows no schema and takes the definition; the
 * path fails the execution that reaches it. The types refuse such a read written as text;
 * `unchecked(…)` says it is meant, and this warning still points at it.
 */
import { allStates, type StateNode, type WorkflowIR } from "@aslc/dsl";
import { flowSchemas } from "../schema/flow.ts";
import { selectsNothing } from "../schema/selects-nothing.ts";
import type { Report } from "./report.ts";

export function checkJsonPathReads(workflow: WorkflowIR, report: Report): void {
  const languageOf = (state: StateNode) => state.queryLanguage ?? workflow.queryLanguage ?? "JSONPath";
  const states = [...allStates(workflow)].filter((state) => languageOf(state) === "JSONPath");
  if (states.length === 0) return;
  const flow = flowSchemas(workflow);
  for (const state of states) {
    // A state the flow sweeps more than once may record the same problem again.
    for (const problem of new Set(flow.states.get(state.name)?.problems ?? [])) {
      if (!selectsNothing(problem)) continue;
      const field = problem.slice(0, problem.indexOf(": "));
      report.warning("ASLC437", state, `${problem}: Step Functions takes the definition and fails the execution that reaches this read; correct the path, or write it with unchecked(…) where the read is meant`, field);
    }
  }
}
