/** An inline Map whose iterations fail with a custom error, caught by name into its own Pass. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const mapInlineCatch: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_map_state_catch.json",
  workflow: workflow("MapInlineCatch", { input: z.object({}) })
    .pass("StartState", { result: [1], resultPath: "$.arr" })
    .map("MapState", { mode: "INLINE", resultPath: null, inputPath: "$.arr", maxConcurrency: 1 }, (item) => item.fail("HandleItemFail", { error: "HandleItemFailError", cause: "HandleItemFailCause" }))
    .catch(["HandleItemFailError"], (h) => h.pass("FinalCaught").end())
    .pass("Final"),
};
