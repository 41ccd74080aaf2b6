/** A Parallel whose only branch fails with a custom error, caught by name into its own Pass. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const parallelCatchBranchFailure: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_parallel_state_catch.json",
  workflow: workflow("ParallelCatchBranchFailure", { input: z.object({}), comment: "PARALLEL_STATE_CATCH" })
    .parallel("ParallelState", [(b) => b.fail("Branch1", { error: "FailureType", cause: "Cause description" })])
    .catch(["FailureType"], (h) => h.pass("FinalCaught").end())
    .pass("Final"),
};
