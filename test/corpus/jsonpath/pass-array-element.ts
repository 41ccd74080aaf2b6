/** A Pass picking the first element of an input array. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const passArrayElement: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_base_statemachines_json_path_array_access.json",
  workflow: workflow("PassArrayElement", { input: z.object({ items: z.array(z.string()) }), comment: "JSON_PATH_ARRAY_ACCESS" }).pass("EntryState", { parameters: { "item.$": "$.items[0]" } }),
};
