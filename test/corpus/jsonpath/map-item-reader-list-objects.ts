/** A Distributed Map over the objects of the S3 bucket the input names (s3:listObjectsV2). */
import { z } from "zod";
import { s3, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const mapItemReaderListObjects: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_map_item_reader_base_list_objects_v2.json",
  workflow: workflow("MapItemReaderListObjects", { input: z.object({ Bucket: z.string() }), comment: "MAP_ITEM_READER_LIST_OBJECTS_V2" }).map(
    "MapState",
    { mode: "DISTRIBUTED", executionType: "STANDARD", maxConcurrency: 1, itemReader: { resource: s3.listObjectsV2(), parameters: { "Bucket.$": "$.Bucket" } } },
    (item) => item.pass("PassItem"),
  ),
};
