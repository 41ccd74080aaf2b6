/** A Lambda task whose custom error is caught by a fallback Pass; both end the machine. */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const lambdaCatchHandledError: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_concepts-error-handling__md-block9.json",
  workflow: workflow("LambdaCatchHandledError", { input: z.object({}), comment: "A Hello World example of the Amazon States Language using an AWS Lambda function" })
    .task("HelloWorld", { resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:FailFunction") })
    .catch(["HandledError"], (h) => h.pass("fallback", { result: "Hello, AWS Step Functions!" })),
};
