/** A Lambda task retried on a custom error with backoff. */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const lambdaRetryHandledError: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_concepts-error-handling__md-block7.json",
  workflow: workflow("LambdaRetryHandledError", { input: z.object({}), comment: "A Hello World example of the Amazon States Language using an AWS Lambda function" }).task("HelloWorld", {
    resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:FailFunction"),
    retry: [{ errorEquals: ["HandledError"], intervalSeconds: 1, maxAttempts: 2, backoffRate: 2.0 }],
  }),
};
