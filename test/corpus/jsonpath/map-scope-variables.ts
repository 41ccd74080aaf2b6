/** Variables around an inline Map: its items read from one, its iterations reading another and assigning their own, the next state reading it again. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const mapScopeVariables: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_assign_statemachines_base_scope_map.json",
  workflow: workflow("MapScopeVariables", { input: z.object({}) })
    .pass("State0", { assign: { x: 42, items: [1, 2, 3] } })
    .map("State1", { mode: "INLINE", itemsPath: "$items", maxConcurrency: 1 }, (item) => item.pass("Inner", { assign: { "innerX.$": "$x" } }))
    .pass("State2", { assign: { "final.$": "$x" } }),
};
