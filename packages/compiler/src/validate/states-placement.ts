/**
 * The reserved `$states` variable holds `input` and `context` everywhere, `result` only once a
 * Task, Parallel or Map has done its work (its Output and Assign), and `errorOutput` only in a
 * catcher (its Output and Assign). Anything else under `$states` does not exist.
 */
import type { StateNode } from "@aslc/dsl";
import type { ExpressionReads } from "./expression-references.ts";
import type { JsonataField } from "./jsonata-fields.ts";
import type { Report } from "./report.ts";

const STATES_FIELDS = ["input", "result", "errorOutput", "context"];

function resultAdvice(state: StateNode, field: JsonataField): string {
  if (field.phase === "error") return "a catcher sees the error as $states.errorOutput";
  if (state.type === "Task" || state.type === "Parallel" || state.type === "Map") return "read it in output or assign, which run after the work";
  return `a ${state.type} state has no result: read $states.input`;
}

export function checkStatesPlacement(state: StateNode, field: JsonataField, where: string, text: string, reads: ExpressionReads, report: Report): void {
  const quoted = JSON.stringify(text);
  const reported = new Set<string>();
  for (const { name } of reads.statesFields) {
    if (reported.has(name)) continue;
    reported.add(name);
    if (!STATES_FIELDS.includes(name)) {
      report.error("ASLC143", state, `${where}: ${quoted} reads $states.${name}, which does not exist: $states holds input, result, errorOutput and context`, where);
    } else if (name === "result" && field.phase !== "result") {
      report.error(
        "ASLC142",
        state,
        `${where}: ${quoted} reads $states.result, which exists only in output and assign of a Task, Parallel or Map (after the work): ${resultAdvice(state, field)}`,
        where,
      );
    } else if (name === "errorOutput" && field.phase !== "error") {
      report.error(
        "ASLC142",
        state,
        `${where}: ${quoted} reads $states.errorOutput, which exists only in the output and assign of a catcher: move it to the catch options, or read $states.input here`,
        where,
      );
    }
  }
}
