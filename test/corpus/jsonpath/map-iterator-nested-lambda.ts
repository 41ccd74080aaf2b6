/**
 * Maps written with the deprecated Iterator: for each store, a Lambda lists its fruits and an
 * inner Map prices each one; then another Map averages each store's prices, one at a time.
 */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const retry = (maxAttempts: number) => [{ errorEquals: ["States.ALL"], intervalSeconds: 2, maxAttempts, backoffRate: 1.3 }];

export const mapIteratorNestedLambda: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_debug-sm-exec-using-ui__md-block4.json",
  workflow: workflow("MapIteratorNestedLambda", { input: z.object({ stores: z.array(z.string()) }) })
    .map("LoopOverStores", { processorField: "Iterator", itemsPath: "$.stores", resultPath: "$.storesFruitsPrice" }, (store) =>
      store
        .task("GetListOfFruits", {
          resource: lambda.invoke("arn:aws:lambda:us-east-1:123456789012:function:GetListofFruits:$LATEST"),
          payload: { "storeName.$": "$" },
          result: z.array(z.string()),
          outputPath: "$.Payload",
          retry: retry(1),
        })
        .map("LoopOverFruits", { processorField: "Iterator", itemsPath: "$" }, (fruit) =>
          fruit.task("GetFruitPrice", {
            resource: lambda.invoke("arn:aws:lambda:us-east-1:123456789012:function:GetFruitPrice:$LATEST"),
            payload: { "fruitName.$": "$" },
            result: z.number(),
            outputPath: "$.Payload",
            retry: retry(3),
          }),
        ),
    )
    .map("LoopOverStoreFruitsPrice", { processorField: "Iterator", itemsPath: "$.storesFruitsPrice", resultPath: "$.storesPriceAverage", maxConcurrency: 1 }, (prices) =>
      prices.task("CalculateAverage", {
        resource: lambda.invoke("arn:aws:lambda:us-east-1:123456789012:function:Calculate-average:$LATEST"),
        result: z.number(),
        outputPath: "$.Payload",
        retry: retry(2),
      }),
    ),
};
