/** An inline Map (ProcessorConfig written) over shipments, each iteration given the input, the item, its index, an input field and a constant. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const SHIPMENTS = {
  detail: {
    "delivery-partner": "UQS",
    shipped: [
      { prod: "R31", "dest-code": 9511, quantity: 1344 },
      { prod: "S39", "dest-code": 9511, quantity: 40 },
      { prod: "R31", "dest-code": 9833, quantity: 12 },
      { prod: "R40", "dest-code": 9860, quantity: 887 },
      { prod: "R40", "dest-code": 9511, quantity: 1220 },
    ],
  },
};

export const mapInlineItemSelector: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_map_state_item_selector.json",
  workflow: workflow("MapInlineItemSelector", { input: z.object({}) })
    .pass("StartState", { result: SHIPMENTS })
    .map(
      "MapState",
      {
        mode: "INLINE",
        resultPath: "$.detail.shipped_output",
        inputPath: "$.detail",
        itemsPath: "$.shipped",
        maxConcurrency: 1,
        itemSelector: {
          "original_input.$": "$",
          "iteration_input_value.$": "$$.Map.Item.Value",
          "iteration_index.$": "$$.Map.Item.Index",
          "from_input_constant.$": "$.delivery-partner",
          constant_value: "HelloWorld",
        },
      },
      (item) => item.pass("HandleItem"),
    )
    .pass("Final"),
};
