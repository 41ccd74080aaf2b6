/** A Lambda generates batch job inputs; a Map (deprecated Iterator and Parameters) submits one Batch job per input and awaits it (.sync). */
import { z } from "zod";
import { batch, lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const mapIteratorBatchFanOut: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_sample-batch-fan-out__md-block0.json",
  workflow: workflow("MapIteratorBatchFanOut", { input: z.object({}), comment: "An example of the Amazon States Language for fanning out AWS Batch job", timeoutSeconds: 3600 })
    .task("Generate batch job input", {
      resource: lambda.invoke("<GENERATE_BATCH_JOB_INPUT_LAMBDA_FUNCTION_NAME>"),
      parameters: { FunctionName: "<GENERATE_BATCH_JOB_INPUT_LAMBDA_FUNCTION_NAME>" },
      result: z.array(z.number()),
      outputPath: "$.Payload",
    })
    .map(
      "Fan out batch jobs",
      { comment: "Start multiple executions of batch job depending on pre-processed data", processorField: "Iterator", itemsPath: "$", parameters: { "BatchNumber.$": "$$.Map.Item.Value" } },
      (item) =>
        item.task("Submit Batch Job", {
          resource: batch.submitJob({ sync: true }),
          parameters: { JobName: "BatchJobFanOut", JobQueue: "<BATCH_QUEUE_ARN>", JobDefinition: "<BATCH_JOB_DEFINITION_ARN>" },
        }),
    ),
};
