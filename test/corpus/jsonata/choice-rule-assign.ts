/** A JSONata Choice setting one variable when its rule matches and another through the Default. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const choiceRuleAssign: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_assign_statemachines_choice_condition_jsonata.json",
  workflow: workflow("ChoiceRuleAssign", { input: z.object({ condition: z.boolean() }), queryLanguage: "JSONata" }).choice(
    "ChoiceState",
    (c) =>
      c
        .when("{% $states.input.condition %}", (b) => b.pass("ConditionTrue"), { assign: { Assignment: "Condition assignment" } })
        .otherwise((b) => b.fail("DefaultState", { cause: "Condition is false" })),
    { assign: { Assignment: "Default Assignment" } },
  ),
};
