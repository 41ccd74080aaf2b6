/**
 * A JSONata Distributed Map whose tolerances and batcher are expressions, processing each batch
 * with a JSONPath lambda:invoke. The compiler refuses the JSONPath state inside a JSONata machine.
 */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";
import type { Untyped } from "../untyped.ts";

export const distributedMapJsonpathProcessor: CorpusRebuild = {
  corpus: "asl-validator/src___tests___definitions_valid-map-with-item-batcher-jsonata.json",
  workflow: workflow("DistributedMapJsonpathProcessor", { input: z.object({}), queryLanguage: "JSONata", comment: "ItemBatcher can specify some batch properties with jsonata" }).map(
    "Map",
    {
      mode: "DISTRIBUTED",
      executionType: "EXPRESS",
      label: "Map",
      toleratedFailureCount: "{% 0 %}",
      toleratedFailurePercentage: "{% 0 %}",
      itemBatcher: { maxItemsPerBatch: "{% 2 %}", maxInputBytesPerBatch: "{% 131072 %}", batchInput: { inputKey: "inputValue" } },
    },
    // Untyped: the chain's types refuse the JSONPath state too, and this workflow is here to be refused.
    (batch: Untyped) =>
      batch.task("LambdaTask", {
        queryLanguage: "JSONPath",
        resource: lambda.invoke("arn:aws:lambda:us-east-2:123456789012:function:processCSVData"),
        outputPath: "$.Payload",
      }),
  ),
  rejected: {
    code: "ASLC130",
    why: "AWS documents that a machine whose QueryLanguage is JSONata holds no JSONPath state; asl-validator, whose fixture this is, does not check it",
  },
};
