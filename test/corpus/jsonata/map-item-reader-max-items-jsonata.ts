/** A JSONata Distributed Map whose ReaderConfig MaxItems is an expression. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const mapItemReaderMaxItemsJsonata: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_map_item_reader_base_json_max_items_jsonata.json",
  workflow: workflow("MapItemReaderMaxItemsJsonata", { input: z.object({ Bucket: z.string(), Key: z.string() }), queryLanguage: "JSONata", comment: "MAP_ITEM_READER_BASE_JSON_MAX_ITEMS_JSONATA" }).map(
    "MapState",
    {
      mode: "DISTRIBUTED",
      executionType: "STANDARD",
      maxConcurrency: 1,
      itemReader: {
        resource: "arn:aws:states:::s3:getObject",
        arguments: { Bucket: "{% $states.input.Bucket %}", Key: "{% $states.input.Key %}" },
        readerConfig: { inputType: "JSON", maxItems: "{% $maxItems := 2 %}" },
      },
    },
    (item) => item.pass("PassItem"),
  ),
};
