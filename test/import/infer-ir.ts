/**
 * ASL definitions as the IR `aslc import` reads them into (readWorkflow), for the inference
 * tests: undefined when the reader cannot read the definition.
 */
import type { WorkflowIR } from "@aslc/dsl";
import { readWorkflow } from "../../packages/compiler/src/read/read-workflow.ts";

const FILE = "/project/machine.asl.json";

export function readIr(definition: unknown, name = "Inferred"): WorkflowIR | undefined {
  return readWorkflow({ file: FILE, name, format: "asl-json", definition, siteOf: () => ({ file: FILE, line: 1, column: 1 }) }).workflow;
}

/** A definition the tests write, as IR; one the reader refuses is a mistake in the test. */
export function workflowIr(definition: unknown, name = "Inferred"): WorkflowIR {
  const read = readWorkflow({ file: FILE, name, format: "asl-json", definition, siteOf: () => ({ file: FILE, line: 1, column: 1 }) });
  if (!read.workflow || read.diagnostics.length > 0) throw new Error(`the definition does not read: ${read.diagnostics.map((d) => `${d.code} ${d.message}`).join("; ")}`);
  return read.workflow;
}
