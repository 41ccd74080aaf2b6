/** A Distributed Map (standard child workflows) whose ItemSelector mixes a constant, the item and the input, then a Succeed. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const mapDistributedItemSelector: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_map_state_config_distributed_item_selector.json",
  workflow: workflow("MapDistributedItemSelector", { input: z.array(z.number()) })
    .map(
      "MapState",
      { mode: "DISTRIBUTED", executionType: "STANDARD", maxConcurrency: 1, itemSelector: { constantValue: "constant", "mapValue.$": "$$.Map.Item.Value", "fromInput.$": "$" } },
      (item) => item.pass("IteratorInner"),
    )
    .succeed("Finish"),
};
