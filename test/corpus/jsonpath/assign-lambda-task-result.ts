/** Variables set by a Pass name a lambda:invoke's function, payload and timeout; the task assigns its Payload, read by the last Pass. */
import { z } from "zod";
import { lambdaInvokeResultSchema, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const assignLambdaTaskResult: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_assign_statemachines_base_assign_from_lambda_task_result.json",
  workflow: workflow("AssignLambdaTaskResult", { input: z.object({ FunctionName: z.string() }), comment: "BASE_ASSIGN_FROM_LAMBDA_TASK_RESULT" })
    .pass("Pass", { assign: { "functionName.$": "$.FunctionName", inputData: { foo: "oof", bar: "rab" }, timeout: 300 } })
    .task("Task", {
      resource: "arn:aws:states:::lambda:invoke",
      timeoutSecondsPath: "$timeout",
      parameters: { "Payload.$": "$inputData", "FunctionName.$": "$functionName" },
      // The Resource written as text is not lambda.invoke, so the result is declared with its { Payload, … } envelope.
      result: lambdaInvokeResultSchema(z.object({ echoed: z.string() })),
      assign: { "result.$": "$.Payload" },
      outputPath: "$.Payload",
    })
    .pass("End", { assign: { "previousResult.$": "$result", timeout: 150 } }),
  escapes: [
    {
      kind: "raw resource",
      where: "State Task Resource",
      why: "the function is chosen at run time (FunctionName.$); lambda.invoke takes the function's name as text, so the Resource ARN is written as text, as the DSL README says to",
    },
  ],
};
