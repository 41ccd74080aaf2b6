/** A Lambda task with a timeout, its States.Timeout caught by a fallback Pass. */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const lambdaTimeoutCatch: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_concepts-error-handling__md-block12.json",
  workflow: workflow("LambdaTimeoutCatch", { input: z.object({}), comment: "A Hello World example of the Amazon States Language using an AWS Lambda function" })
    .task("HelloWorld", { resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:sleep10"), timeoutSeconds: 2 })
    .catch(["States.Timeout"], (h) => h.pass("fallback", { result: "Hello, AWS Step Functions!" })),
};
