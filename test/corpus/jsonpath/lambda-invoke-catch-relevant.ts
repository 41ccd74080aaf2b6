/** lambda:invoke from input names, with three catchers from the most specific to States.ALL, each into a Pass that keeps its error. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const lambdaInvokeCatchRelevant: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_errorhandling_statemachines_task_service_lambda_invoke_catch_relevant.json",
  workflow: workflow("LambdaInvokeCatchRelevant", { input: z.object({ FunctionName: z.string(), Payload: z.object({ message: z.string() }) }), comment: "TASK_SERVICE_LAMBDA_CATCH_RELEVANT" })
    .task("Start", {
      resource: "arn:aws:states:::lambda:invoke",
      parameters: { "FunctionName.$": "$.FunctionName", "Payload.$": "$.Payload" },
    })
    .catch(["Lambda.Unknown"], (h) => h.pass("EndWithLambdaUnknownHandler", { resultPath: "$.lambda_unknown" }).end())
    .catch(["States.TaskFailed"], (h) => h.pass("EndWithStateTaskFailedHandler", { resultPath: "$.task_failed_error" }).end())
    .catch(["States.ALL"], (h) => h.pass("EndWithAllHandler", { resultPath: "$.all_error" }).end())
    .pass("EndWithFinal", { resultPath: "$.final" }),
  escapes: [
    {
      kind: "raw resource",
      where: "State Start Resource",
      why: "the function is chosen at run time (FunctionName.$); lambda.invoke takes the function's name as text, so the Resource ARN is written as text, as the DSL README says to",
    },
  ],
};
