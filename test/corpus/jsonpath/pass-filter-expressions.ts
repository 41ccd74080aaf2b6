/** JSONPath filter expressions ([?(@.field op value)]) in Parameters, an intrinsic's argument, and OutputPath. */
import { z } from "zod";
import { ref, States, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const User = z.object({ name: z.string(), status: z.number(), year: z.number() });

export const passFilterExpressions: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_base_statemachines_pass_result_regex_json_path.json",
  workflow: workflow("PassFilterExpressions", { input: z.object({ users: z.array(User) }), comment: "BASE_PASS_RESULT_REGEX_JSON_PATH" })
    .pass("State0", { parameters: { "FromInput.$": "$.users[?(@.status == 0)]" }, outputPath: "$.FromInput" })
    .pass("State1", { parameters: { "FromInput.$": "$[?(@.year <= 1999)]" }, outputPath: "$.FromInput" })
    .pass("State2", { parameters: { "InputValue.$": "$", FromInput: States.JsonToString(ref("$.[?(@.year <= 1998)]")) } })
    .pass("State3", { inputPath: "$.InputValue", outputPath: "$.[?(@.year < 1999)].name" }),
  aslValidatorRejects: {
    message: 'must match format "asl_payload_template"',
    why: "its intrinsic grammar does not take a filter expression as an argument; Step Functions evaluates paths with Jayway JsonPath, filters included (LocalStack records this template's runs against AWS)",
  },
  statelintRejects: {
    message: "is not a JSONPath",
    why: "its path grammar has no filter expressions ([?(@…)]); Step Functions evaluates paths with Jayway JsonPath, filters included (LocalStack records this template's runs against AWS)",
  },
};
