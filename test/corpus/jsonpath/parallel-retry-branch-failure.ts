/** A Parallel whose only branch fails with a custom error, retried twice before it fails for good. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const parallelRetryBranchFailure: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_parallel_state_retry.json",
  workflow: workflow("ParallelRetryBranchFailure", { input: z.object({}), comment: "PARALLEL_STATE_RETRY" })
    .parallel("ParallelState", [(b) => b.fail("Branch1", { error: "FailureType", cause: "Cause description" })], { retry: [{ errorEquals: ["FailureType"], maxAttempts: 2 }] })
    .pass("Final"),
};
