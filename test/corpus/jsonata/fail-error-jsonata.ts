/** A JSONata Fail whose Error comes from the input. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const failErrorJsonata: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_fail_error_jsonata.json",
  workflow: workflow("FailErrorJsonata", { input: z.object({ error: z.string() }), queryLanguage: "JSONata", comment: "RAISE_FAILURE_ERROR_JSONATA" }).fail("FailState", {
    error: "{% $states.input.error %}",
  }),
};
