/** A Choice with a Not rule, a numeric rule and an And of two bounds, each to its own Pass, and a Fail as the Default. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const choiceNotAndRules: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_choice_state_aws_scenario.json",
  workflow: workflow("ChoiceNotAndRules", { input: z.object({ type: z.string(), value: z.number() }) }).choice("ChoiceStateX", (c) =>
    c
      .when(c.not(c.stringEquals("$.type", "Private")), (b) => b.pass("Public"))
      .when(c.numericEquals("$.value", 0), (b) => b.pass("ValueIsZero"))
      .when(c.and(c.numericGreaterThanEquals("$.value", 20), c.numericLessThan("$.value", 30)), (b) => b.pass("ValueInTwenties"))
      .otherwise((b) => b.fail("DefaultState", { cause: "No Matches!" })),
  ),
};
