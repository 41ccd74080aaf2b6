/** An inline Map nested in an inline Map, one at a time each. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const mapInlineNested: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_map_state_nested.json",
  workflow: workflow("MapInlineNested", { input: z.array(z.array(z.number())) }).map("MapL1", { mode: "INLINE", maxConcurrency: 1 }, (row) =>
    row.map("MapL2", { mode: "INLINE", maxConcurrency: 1 }, (cell) => cell.pass("MapL2Pass")),
  ),
};
