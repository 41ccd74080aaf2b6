/** An inline Map whose iterations fail with a custom error, retried by the third of three retriers. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const mapInlineRetriers: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_map_state_retry_multiple_retriers.json",
  workflow: workflow("MapInlineRetriers", { input: z.object({}) })
    .pass("StartState", { result: [1], resultPath: "$.arr" })
    .map(
      "MapState",
      {
        mode: "INLINE",
        resultPath: null,
        inputPath: "$.arr",
        maxConcurrency: 1,
        retry: [
          { errorEquals: ["NoSuchError"], maxAttempts: 1 },
          // "State.ALL" (not States.ALL) is a custom error name that nothing raises, as the template means.
          { errorEquals: ["State.ALL"], maxAttempts: 2 },
          { errorEquals: ["HandleItemFailError"], maxAttempts: 3 },
        ],
      },
      (item) => item.fail("HandleItemFail", { error: "HandleItemFailError", cause: "HandleItemFailCause" }),
    )
    .pass("Final"),
};
