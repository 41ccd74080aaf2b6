/** A JSONata machine that assigns a one-character string, a double quote, and compares the variable with it in an Output expression. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const escapedQuoteVariable: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_escape_sequences_jsonata_comparison_assign.json",
  workflow: workflow("EscapedQuoteVariable", { input: z.object({}), queryLanguage: "JSONata" })
    .pass("Pass", { assign: { var: '"' } })
    .pass("Check", { output: "{% $var = '\"' %}" }),
};
