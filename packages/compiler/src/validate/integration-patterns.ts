/**
 * A Task's Resource asks a described integration only for a pattern it offers (ASLC185):
 * `arn:aws:states:::athena:getQueryResults.sync` or `glue:startJobRun.waitForTaskToken` is refused
 * by Step Functions when the state machine is created. The typed helpers offer only the patterns
 * their service has; a raw ARN, `service(…)` or a JavaScript caller can still ask for another.
 */
import { allStates, integrationDescriptor, type WorkflowIR } from "@aslc/dsl";
import { offeredPatterns, offersPattern } from "@aslc/dsl/internal";
import type { Report } from "./report.ts";

const SUFFIX = { "request-response": "no suffix", sync: ".sync", "sync:2": ".sync:2", waitForTaskToken: ".waitForTaskToken" } as const;

export function checkIntegrationPatterns(workflow: WorkflowIR, report: Report): void {
  for (const state of allStates(workflow)) {
    if (state.type !== "Task") continue;
    const descriptor = integrationDescriptor(state.integration.descriptor);
    const { pattern } = state.integration;
    if (!descriptor || offersPattern(descriptor, pattern)) continue;
    const offered = offeredPatterns(descriptor).map((p) => SUFFIX[p]).join(", ");
    report.error("ASLC185", state, `${descriptor.id} does not offer ${SUFFIX[pattern]}, so Step Functions refuses the Resource '${state.resource}'; it offers: ${offered}`, "Resource");
  }
}
