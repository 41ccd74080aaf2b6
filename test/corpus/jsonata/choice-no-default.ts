/**
 * A JSONata Choice in a JSONPath machine with no Default: one rule on a flag, one on its negation
 * (`$not`), each leading to its own Pass.
 */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const choiceNoDefault: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_choice_state_unsorted_choice_parameters_jsonata.json",
  workflow: workflow("ChoiceNoDefault", { input: z.object({ result: z.object({ done: z.boolean() }) }) }).choice(
    "CheckResult",
    (c) =>
      c
        .when("{% $states.input.result.done %}", (b) => b.pass("FinishTrue"))
        .when("{% $not($states.input.result.done) %}", (b) => b.pass("FinishFalse")),
    { queryLanguage: "JSONata" },
  ),
};
