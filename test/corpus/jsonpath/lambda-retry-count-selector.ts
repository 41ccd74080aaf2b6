/** lambda:invoke (function from the input) sending the context object and input, retried, its ResultSelector reading the retry count from the context. */
import { z } from "zod";
import { lambdaInvokeResultSchema, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const lambdaRetryCountSelector: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_lambda_service_invoke_with_retry_extended_input.json",
  workflow: workflow("LambdaRetryCountSelector", { input: z.object({ FunctionName: z.string() }), comment: "LAMBDA_SERVICE_INVOKE_WITH_RETRY_BASE_EXTENDED_INPUT" })
    .task("InvokeLambdaWithRetry", {
      resource: "arn:aws:states:::lambda:invoke",
      parameters: { "FunctionName.$": "$.FunctionName", Payload: { "ThisContextObject.$": "$$", "ThisState.$": "$" } },
      result: lambdaInvokeResultSchema(z.object({})),
      retry: [{ errorEquals: ["States.ALL"], maxAttempts: 3 }],
      resultPath: "$.state_output",
      resultSelector: { "FinalRetryCount.$": "$$.State.RetryCount" },
    })
    .catch(["States.ALL"], (h) => h.pass("HandleError")),
  escapes: [
    {
      kind: "raw resource",
      where: "State InvokeLambdaWithRetry Resource",
      why: "the function is chosen at run time (FunctionName.$); lambda.invoke takes the function's name as text, so the Resource ARN is written as text, as the DSL README says to",
    },
  ],
};
