/**
 * A JSONata machine: a Pass whose Output is a literal object, then a Choice comparing its string
 * field with a double-quoted JSONata string; a bare Succeed on a match, a bare Fail as the Default.
 */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const choiceStringLiteral: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_choice_state_singleton_composite_literal_string_jsonata.json",
  workflow: workflow("ChoiceStringLiteral", { input: z.object({}), queryLanguage: "JSONata" })
    .pass("Pass", { output: { str_value: "string literal" } })
    .choice("Choice", (c) =>
      c.when('{% $states.input.str_value = "string literal" %}', (b) => b.succeed("Success")).otherwise((b) => b.fail("Fail")),
    ),
};
