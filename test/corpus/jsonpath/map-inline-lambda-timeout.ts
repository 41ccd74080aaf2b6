/** An inline Map over the input's items, each a lambda:invoke (function and payload from the item) timing out after 5 seconds. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const Invocation = z.object({ FunctionName: z.string(), Payload: z.object({ message: z.string() }) });

export const mapInlineLambdaTimeout: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_timeouts_statemachines_service_lambda_map_function_invoke_with_timeout_seconds.json",
  workflow: workflow("MapInlineLambdaTimeout", { input: z.object({ Inputs: z.array(Invocation) }), comment: "SERVICE_LAMBDA_MAP_FUNCTION_INVOKE_WITH_TIMEOUT_SECONDS_5" }).map(
    "MapWait",
    { mode: "INLINE", inputPath: "$.Inputs" },
    (item) =>
      item.task("LambdaInvoke", {
        resource: "arn:aws:states:::lambda:invoke",
        timeoutSeconds: 5,
        parameters: { "FunctionName.$": "$.FunctionName", "Payload.$": "$.Payload" },
      }),
  ),
  escapes: [
    {
      kind: "raw resource",
      where: "State LambdaInvoke Resource",
      why: "the function is chosen at run time (FunctionName.$); lambda.invoke takes the function's name as text, so the Resource ARN is written as text, as the DSL README says to",
    },
  ],
};
