/** lambda:invoke from input names, timing out after the seconds the input gives. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const lambdaInvokeTimeoutPath: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_timeouts_statemachines_service_lambda_wait_with_timeout_seconds_path.json",
  workflow: workflow("LambdaInvokeTimeoutPath", { input: z.object({ TimeoutSecondsValue: z.number(), FunctionName: z.string(), Payload: z.object({ message: z.string() }) }), comment: "TIMEOUT_ON_TASK_SERVICE_LAMBDA_INVOKE_WITH_PATH" }).task("Start", {
    timeoutSecondsPath: "$.TimeoutSecondsValue",
    resource: "arn:aws:states:::lambda:invoke",
    parameters: { "FunctionName.$": "$.FunctionName", "Payload.$": "$.Payload" },
  }),
  escapes: [
    {
      kind: "raw resource",
      where: "State Start Resource",
      why: "the function is chosen at run time (FunctionName.$); lambda.invoke takes the function's name as text, so the Resource ARN is written as text, as the DSL README says to",
    },
  ],
};
