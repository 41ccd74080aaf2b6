/** A Distributed Map written with the deprecated Iterator and Parameters. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const mapIteratorDistributedParameters: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_map_state_legacy_config_distributed_parameters.json",
  workflow: workflow("MapIteratorDistributedParameters", { input: z.array(z.number()) })
    .map(
      "MapState",
      { processorField: "Iterator", mode: "DISTRIBUTED", executionType: "STANDARD", maxConcurrency: 1, parameters: { constantValue: "constant", "mapValue.$": "$$.Map.Item.Value", "fromInput.$": "$" } },
      (item) => item.pass("IteratorInner"),
    )
    .succeed("Finish"),
};
