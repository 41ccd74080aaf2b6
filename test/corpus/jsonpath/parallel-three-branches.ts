/** A Parallel of three branches of one, two and three Pass states over a Result the first Pass gives. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const parallelThreeBranches: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_parallel_state.json",
  workflow: workflow("ParallelThreeBranches", { input: z.object({}), comment: "PARALLEL_STATE" })
    .pass("LoadInput", { result: [1, 2, 3, 4] })
    .parallel("ParallelState", [(b) => b.pass("Branch1"), (b) => b.pass("Branch21").pass("Branch22"), (b) => b.pass("Branch31").pass("Branch32").pass("Branch33")]),
};
