/** A Map written without ProcessorConfig (INLINE by default) over an array a Pass places in the input. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const mapNoProcessorConfig: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_map_state_no_processor_config.json",
  workflow: workflow("MapNoProcessorConfig", { input: z.object({}), comment: "MAP_STATE_NO_PROCESSOR_CONFIG" })
    .pass("StartState", { result: [1, 2, 3], resultPath: "$.arr" })
    .map("MapState", { itemsPath: "$.arr", maxConcurrency: 1 }, (item) => item.pass("HandleItem")),
};
