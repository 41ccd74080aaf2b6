/** A Distributed Map over the input's items, tolerating as many failures as the input says. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const mapToleratedFailureCountPath: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_map_state_tolerated_failure_count_path.json",
  workflow: workflow("MapToleratedFailureCountPath", { input: z.object({ Items: z.array(z.number()), ToleratedFailureCount: z.number() }), comment: "MAP_STATE_TOLERATED_FAILURE_COUNT_PATH" }).map(
    "MapState",
    { mode: "DISTRIBUTED", executionType: "STANDARD", itemsPath: "$.Items", maxConcurrency: 1, toleratedFailureCountPath: "$.ToleratedFailureCount" },
    (item) => item.pass("HandleItem"),
  ),
};
