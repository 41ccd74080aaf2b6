/** A Parallel whose only branch fails with an error name and no cause. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const parallelBranchFail: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_parallel_state_fail.json",
  workflow: workflow("ParallelBranchFail", { input: z.object({}), comment: "PARALLEL_STATE_FAIL" }).parallel("ParallelState", [(b) => b.fail("Branch1", { error: "FailureType" })]),
};
