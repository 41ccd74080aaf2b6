/** lambda:invoke whose function, payload and LogType come from the input; a Pass keeps the result beside it. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const lambdaInvokeLogType: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_services_statemachines_lambda_invoke_log_type.json",
  workflow: workflow("LambdaInvokeLogType", { input: z.object({ FunctionName: z.string(), Payload: z.object({ message: z.string() }), LogType: z.enum(["None", "Tail"]) }), comment: "TASK_SERVICE_LAMBDA_INVOKE_LOG_TYPE" })
    .task("Start", {
      resource: "arn:aws:states:::lambda:invoke",
      parameters: { "FunctionName.$": "$.FunctionName", "Payload.$": "$.Payload", "LogType.$": "$.LogType" },
    })
    .pass("EndWithFinal", { resultPath: "$.final" }),
  escapes: [
    {
      kind: "raw resource",
      where: "State Start Resource",
      why: "the function is chosen at run time (FunctionName.$); lambda.invoke takes the function's name as text, so the Resource ARN is written as text, as the DSL README says to",
    },
  ],
};
