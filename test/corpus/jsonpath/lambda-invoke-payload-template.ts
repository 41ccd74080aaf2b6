/** lambda:invoke sending the whole input under a key of the Payload, keeping only the function's Payload. */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const lambdaInvokePayloadTemplate: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_avoid-exec-failures__md-block1.json",
  workflow: workflow("LambdaInvokePayloadTemplate", { input: z.object({}) }).task("Invoke Lambda function", {
    resource: lambda.invoke("arn:aws:lambda:us-east-2:123456789012:function:pass-large-payload"),
    payload: { "Input.$": "$" },
    outputPath: "$.Payload",
  }),
};
