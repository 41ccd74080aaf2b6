/** A Wait until the timestamp the input holds. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const waitTimestampPath: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_base_statemachines_wait_timestamp_path.json",
  workflow: workflow("WaitTimestampPath", { input: z.object({ start_at: z.iso.datetime() }), comment: "WAIT_1_MIN" }).wait("State_1", { timestampPath: "$.start_at" }),
};
