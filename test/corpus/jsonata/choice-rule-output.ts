/** A JSONata Choice whose matching rule and whose Default give different Outputs. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const choiceRuleOutput: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_outputdecl_statemachines_choice_condition_jsonata.json",
  workflow: workflow("ChoiceRuleOutput", { input: z.object({ condition: z.boolean() }), queryLanguage: "JSONata" }).choice(
    "ChoiceState",
    (c) =>
      c
        .when("{% $states.input.condition %}", (b) => b.pass("ConditionTrue"), { output: "Condition Output block" })
        .otherwise((b) => b.fail("DefaultState", { cause: "Condition is false" })),
    { output: "Default Output block" },
  ),
  aslValidatorRejects: {
    message: "/States/ChoiceState/Output is invalid",
    why: "asl-validator takes an Output only as an expression or an object; Step Functions takes any JSON value, a literal string included",
  },
};
