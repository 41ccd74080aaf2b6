/** lambda:invoke naming the function by its ARN and sending no Payload. */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const lambdaInvokeFunctionArnOnly: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_troubleshooting-service-integrations__md-block0.json",
  workflow: workflow("LambdaInvokeFunctionArnOnly", { input: z.object({}) }).task("CallLambda", {
    resource: lambda.invoke("arn:aws:lambda:us-west-2:123456789012:function:my-function"),
    parameters: { FunctionName: "arn:aws:lambda:us-west-2:123456789012:function:my-function" },
  }),
};
