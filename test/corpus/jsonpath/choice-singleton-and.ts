/** A Choice whose one rule is an And of a single comparison. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const choiceSingletonAnd: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_choice_state_singleton_composite.json",
  workflow: workflow("ChoiceSingletonAnd", { input: z.object({ type: z.string() }) }).choice("ChoiceStateX", (c) =>
    c.when(c.and(c.stringEquals("$.type", "Public")), (b) => b.pass("Public")).otherwise((b) => b.fail("DefaultState", { cause: "No Matches!" })),
  ),
};
