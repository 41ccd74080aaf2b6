/**
 * A JSONata Choice in a JSONPath machine: two rules written with the condition factory (which
 * gives the corpus's JSONata exactly) and one as an expression; a Fail as the Default.
 */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const choiceScenarioJsonata: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_choice_state_aws_scenario_jsonata.json",
  workflow: workflow("ChoiceScenarioJsonata", { input: z.object({ type: z.string(), value: z.number() }) }).choice(
    "ChoiceStateX",
    (c) =>
      c
        .when(c.not(c.stringEquals("$.type", "Private")), (b) => b.pass("Public"))
        .when(c.numericEquals("$.value", 0), (b) => b.pass("ValueIsZero"))
        .when("{% $states.input.value >= 20 and $states.input.value < 30 %}", (b) => b.pass("ValueInTwenties"))
        .otherwise((b) => b.fail("DefaultState", { cause: "No Matches!" })),
    { queryLanguage: "JSONata" },
  ),
};
