/**
 * Text fields AWS's ASL validation rejects when empty (ASLC161). The AWS Toolkit's ASL schema (the
 * language service behind the console's and the IDE's validation) gives every `Comment` (of the
 * machine, a state, a branch, a Choice rule, a retrier or catcher) and a Fail state's `Error` and
 * `Cause` a minimum length of 1; an empty one says nothing, so the author meant to leave it out.
 */
import { allStates, processorOf, type StateNode, type SubMachine, type WorkflowIR } from "@aslc/dsl";
import type { Report } from "./report.ts";

/** Each text field of a state that may not be empty, by the name ASL gives it. */
function textFields(state: StateNode): [string, string | undefined][] {
  const fields: [string, string | undefined][] = [["Comment", state.comment]];
  if ("retry" in state) state.retry?.forEach((r, i) => fields.push([`Retry[${i}].Comment`, r.comment]));
  if ("catch" in state) state.catch?.forEach((c, i) => fields.push([`Catch[${i}].Comment`, c.comment]));
  if (state.type === "Choice") state.choices.forEach((rule, i) => fields.push([`Choices[${i}].Comment`, rule.comment]));
  if (state.type === "Parallel") state.branches.forEach((branch: SubMachine, i) => fields.push([`Branches[${i}].Comment`, branch.comment]));
  if (state.type === "Map") fields.push([`${state.iterator ? "Iterator" : "ItemProcessor"}.Comment`, processorOf(state).comment]);
  if (state.type === "Fail") fields.push(["Error", state.error], ["Cause", state.cause]);
  return fields;
}

export function checkEmptyStrings(workflow: WorkflowIR, report: Report): void {
  if (workflow.comment === "") report.error("ASLC161", undefined, "Comment is empty, which the AWS Toolkit's ASL validation rejects: leave it out or write one", "Comment");
  for (const state of allStates(workflow)) {
    for (const [field, value] of textFields(state)) {
      if (value === "") report.error("ASLC161", state, `${field} is empty, which the AWS Toolkit's ASL validation rejects: leave it out or write one`, field);
    }
  }
}
