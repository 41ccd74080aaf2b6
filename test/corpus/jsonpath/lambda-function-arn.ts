/** A Lambda function ARN as the Resource. */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const lambdaFunctionArn: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_connect-lambda__md-block4.json",
  workflow: workflow("LambdaFunctionArn", { input: z.object({}) }).task("CallFunction", { resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:HelloFunction") }),
};
