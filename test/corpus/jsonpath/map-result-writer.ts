/** A labelled Distributed Map writing its results to S3. */
import { z } from "zod";
import { s3, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const mapResultWriter: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_map_state_result_writer.json",
  workflow: workflow("MapResultWriter", { input: z.array(z.string()), comment: "MAP_STATE_RESULT_WRITER_JSON" }).map(
    "MapState",
    {
      mode: "DISTRIBUTED",
      executionType: "STANDARD",
      resultWriter: { resource: s3.putObject(), parameters: { Bucket: "result-bucket", Prefix: "mapJobs" } },
      label: "TestMap",
    },
    (item) => item.pass("IteratorInner"),
  ),
};
