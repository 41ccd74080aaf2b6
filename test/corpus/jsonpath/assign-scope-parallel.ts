/** A variable assigned before a Parallel and read in each of its three branches, which assign their own. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const assignScopeParallel: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_assign_statemachines_base_scope_parallel.json",
  workflow: workflow("AssignScopeParallel", { input: z.object({}) })
    .pass("State0", { assign: { x: 42 } })
    .parallel("State1", [
      (b) => b.pass("Branch1", { assign: { "innerX.$": "$x", "value.$": "$" } }),
      (b) => b.pass("Branch21", { assign: { "innerX.$": "$x", "value.$": "$" } }),
      (b) => b.pass("Branch31", { assign: { "innerX.$": "$x", "value.$": "$" } }),
    ]),
};
