/** A Lambda task with three catchers, from a custom error to States.ALL, each to its own fallback Pass. */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const lambdaCatchByError: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_tutorial-handling-error-conditions__md-block2.json",
  workflow: workflow("LambdaCatchByError", { input: z.object({}), comment: "A Catch example of the Amazon States Language using an AWS Lambda function" })
    .task("CreateAccount", { resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:FailFunction") })
    .catch(["CustomError"], (h) => h.pass("CustomErrorFallback", { result: "This is a fallback from a custom Lambda function exception" }))
    .catch(["States.TaskFailed"], (h) => h.pass("ReservedTypeFallback", { result: "This is a fallback from a reserved error code" }))
    .catch(["States.ALL"], (h) => h.pass("CatchAllFallback", { result: "This is a fallback from any error code" })),
};
