/** A Distributed Map with a Label for its Map Runs. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const mapDistributedLabel: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_map_state_label.json",
  workflow: workflow("MapDistributedLabel", { input: z.array(z.string()), comment: "MAP_STATE_LABEL_JSON" }).map("MapState", { mode: "DISTRIBUTED", executionType: "STANDARD", label: "TestMap" }, (item) =>
    item.pass("IteratorInner"),
  ),
};
