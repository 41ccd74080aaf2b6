/** An inline Map whose concurrency the input gives. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const mapMaxConcurrencyPath: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_max_concurrency_path.json",
  workflow: workflow("MapMaxConcurrencyPath", { input: z.object({ Values: z.array(z.number()), MaxConcurrencyValue: z.number() }), comment: "MAX_CONCURRENCY_PATH" })
    .map("MapState", { mode: "INLINE", itemsPath: "$.Values", maxConcurrencyPath: "$.MaxConcurrencyValue" }, (item) => item.pass("HandleItem"))
    .pass("Final"),
};
