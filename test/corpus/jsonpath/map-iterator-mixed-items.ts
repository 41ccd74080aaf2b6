/** A Map (deprecated Iterator) over a mixed array a Pass places in the input, its results discarded. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const mapIteratorMixedItems: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_map_state_legacy.json",
  workflow: workflow("MapIteratorMixedItems", { input: z.object({}) })
    .pass("StartState", { result: [1, "Hello", {}, null, 3.3, 3, 4, 5], resultPath: "$.arr" })
    .map("MapState", { processorField: "Iterator", resultPath: null, inputPath: "$.arr", maxConcurrency: 1 }, (item) => item.pass("HandleItem"))
    .pass("Final"),
};
