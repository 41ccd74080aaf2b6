/** A loop around a Distributed Map: a counter counted down with States.MathAdd, the Map run again over its own results until it reaches 0. */
import { z } from "zod";
import { ref, States, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

// Typed as a number, so the counter the loop computes later (States.MathAdd) matches the first one.
const ITERATIONS: number = 3;

export const mapDistributedReentrant: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_map_state_config_distributed_reentrant.json",
  workflow: workflow("MapDistributedReentrant", { input: z.object({}), comment: "MAP_STATE_CONFIG_DISTRIBUTED_REENTRANT" })
    .pass("StartState", { parameters: { Iterations: ITERATIONS, Values: States.ArrayRange(0, 3, 1) } })
    .pass("BeforeIteration", { parameters: { Iterations: States.MathAdd(ref("$.Iterations"), -1), "Values.$": "$.Values" } })
    .map("IterationBody", { mode: "DISTRIBUTED", executionType: "STANDARD", maxConcurrency: 1, itemsPath: "$.Values", resultPath: "$.Values" }, (item) => item.pass("ProcessValue"))
    .choice("CheckIteration", (c) => c.when(c.numericEquals("$.Iterations", 0), (b) => b.succeed("Terminate")).otherwise((b) => b.goto("BeforeIteration"))),
};
