/** An inline Map over the input's items, each a lambda:invoke (function and payload from the item) timing out after 5 seconds. */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const Invocation = z.object({ FunctionName: z.string(), Payload: z.object({ message: z.string() }) });

export const mapInlineLambdaTimeout: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_timeouts_statemachines_service_lambda_map_function_invoke_with_timeout_seconds.json",
  workflow: workflow("MapInlineLambdaTimeout", { input: z.object({ Inputs: z.array(Invocation) }), comment: "SERVICE_LAMBDA_MAP_FUNCTION_INVOKE_WITH_TIMEOUT_SECONDS_5" }).map(
    "MapWait",
    { mode: "INLINE", inputPath: "$.Inputs" },
    (item) =>
      item.task("LambdaInvoke", {
        // lambda.invoke takes the function's name as text; the Parameters name it from the item, and they are what is emitted.
        resource: lambda.invoke("$.FunctionName"),
        timeoutSeconds: 5,
        parameters: { "FunctionName.$": "$.FunctionName", "Payload.$": "$.Payload" },
      }),
  ),
};
