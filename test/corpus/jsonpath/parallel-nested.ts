/** A Parallel nested in a Parallel's branch. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const parallelNested: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_parallel_state_nested.json",
  workflow: workflow("ParallelNested", { input: z.object({}) }).parallel("ParallelStateL1", [(b) => b.parallel("ParallelStateL2", [(c) => c.pass("BranchL2")])]),
};
