/** An inline Map (ProcessorConfig written) over a mixed array a Pass places in the input, its results discarded. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const mapInlineMixedItems: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_map_state.json",
  workflow: workflow("MapInlineMixedItems", { input: z.object({}) })
    .pass("StartState", { result: [1, "Hello", {}, null, 3.3, 3, 4, 5], resultPath: "$.arr" })
    .map("MapState", { mode: "INLINE", resultPath: null, inputPath: "$.arr", maxConcurrency: 1 }, (item) => item.pass("HandleItem"))
    .pass("Final"),
};
