/** A JSONata Distributed Map reading S3 (Arguments, MaxItems), batching with expressions and a BatchInput. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const Input = z.object({ Bucket: z.string(), Key: z.string(), MaxItemsPerBatch: z.number(), MaxInputBytesPerBatch: z.number() });

export const mapItemBatcherJsonata: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_map_item_batcher_base_max_per_batch_jsonata.json",
  workflow: workflow("MapItemBatcherJsonata", { input: Input, queryLanguage: "JSONata", comment: "MAP_ITEM_BATCHER_BASE_JSON_MAX_PER_BATCH_JSONATA" }).map(
    "BatchMapState",
    {
      mode: "DISTRIBUTED",
      executionType: "STANDARD",
      itemReader: {
        resource: "arn:aws:states:::s3:getObject",
        arguments: { Bucket: "{% $states.input.Bucket %}", Key: "{% $states.input.Key %}" },
        readerConfig: { inputType: "JSON", maxItems: 2 },
      },
      itemBatcher: {
        maxItemsPerBatch: "{% $states.input.MaxItemsPerBatch %}",
        maxInputBytesPerBatch: "{% $states.input.MaxInputBytesPerBatch %}",
        batchInput: { BatchTimestamp: "{% $states.context.State.EnteredTime %}" },
      },
    },
    (batch) => batch.pass("ProcessBatch"),
  ),
};
