/** A Parallel whose Parameters give every branch the same fixed input. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const parallelParameters: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_parallel_state_parameters.json",
  workflow: workflow("ParallelParameters", { input: z.object({}) }).parallel("TestState", [(b) => b.pass("Branch0State0"), (b) => b.pass("Branch1State0")], {
    parameters: { "static-input-0": 0, "static-input-1": [1] },
  }),
};
