/** Variables set by a Pass name a lambda:invoke's function, payload and timeout; the task assigns its Payload, read by the last Pass. */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const assignLambdaTaskResult: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_assign_statemachines_base_assign_from_lambda_task_result.json",
  workflow: workflow("AssignLambdaTaskResult", { input: z.object({ FunctionName: z.string() }), comment: "BASE_ASSIGN_FROM_LAMBDA_TASK_RESULT" })
    .pass("Pass", { assign: { "functionName.$": "$.FunctionName", inputData: { foo: "oof", bar: "rab" }, timeout: 300 } })
    .task("Task", {
      // lambda.invoke takes the function's name as text; the Parameters name it from a variable, and they are what is emitted.
      resource: lambda.invoke("$functionName"),
      timeoutSecondsPath: "$timeout",
      parameters: { "Payload.$": "$inputData", "FunctionName.$": "$functionName" },
      result: z.object({ echoed: z.string() }),
      assign: { "result.$": "$.Payload" },
      outputPath: "$.Payload",
    })
    .pass("End", { assign: { "previousResult.$": "$result", timeout: 150 } }),
};
