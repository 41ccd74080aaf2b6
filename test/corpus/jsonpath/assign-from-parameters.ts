/** JSONPath Assign reading the Parameters' result, then constants and the input in the next Pass. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const assignFromParameters: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_assign_statemachines_base_assign_from_parameters.json",
  workflow: workflow("AssignFromParameters", { input: z.object({}), comment: "BASE_ASSIGN_FROM_PARAMETERS" })
    .pass("State0", { parameters: { input: "PENDING" }, assign: { "result.$": "$.input" } })
    .pass("State1", { assign: { result: "SUCCESS", "originalResult.$": "$.input" } }),
};
