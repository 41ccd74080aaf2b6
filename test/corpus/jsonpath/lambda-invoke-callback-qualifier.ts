/** lambda:invoke.waitForTaskToken of a function version, sending part of the input and the task token. */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const lambdaInvokeCallbackQualifier: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_connect-lambda__md-block1.json",
  workflow: workflow("LambdaInvokeCallbackQualifier", { input: z.object({ new_model: z.object({ name: z.string() }) }) }).task("GetManualReview", {
    resource: lambda.invoke("get-model-review-decision", { waitForTaskToken: true }),
    parameters: { Payload: { "model.$": "$.new_model", "token.$": "$$.Task.Token" }, Qualifier: "prod-v1" },
  }),
};
