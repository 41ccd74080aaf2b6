/** A Lambda task whose States.TaskFailed is caught by a fallback Pass; both end the machine. */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const lambdaCatchTaskFailed: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_concepts-error-handling__md-block10.json",
  workflow: workflow("LambdaCatchTaskFailed", { input: z.object({}), comment: "A Hello World example of the Amazon States Language using an AWS Lambda function" })
    .task("HelloWorld", { resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:FailFunction") })
    .catch(["States.TaskFailed"], (h) => h.pass("fallback", { result: "Hello, AWS Step Functions!" })),
};
