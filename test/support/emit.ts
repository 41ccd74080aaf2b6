/** Builds a workflow, emits its ASL, and parses it back for comparison with expected JSON. */
import { buildWorkflow, type Buildable } from "@aslc/dsl";
import { emitAsl } from "@aslc/compiler";

export function emitted(workflow: Buildable): unknown {
  return JSON.parse(emitAsl(buildWorkflow(workflow)));
}
