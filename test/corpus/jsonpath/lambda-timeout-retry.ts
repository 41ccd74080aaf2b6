/** A Lambda task with a timeout, retried on States.Timeout. */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const lambdaTimeoutRetry: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_concepts-error-handling__md-block11.json",
  workflow: workflow("LambdaTimeoutRetry", { input: z.object({}), comment: "A Hello World example of the Amazon States Language using an AWS Lambda function" }).task("HelloWorld", {
    resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:sleep10"),
    timeoutSeconds: 2,
    retry: [{ errorEquals: ["States.Timeout"], intervalSeconds: 1, maxAttempts: 2, backoffRate: 2.0 }],
  }),
};
