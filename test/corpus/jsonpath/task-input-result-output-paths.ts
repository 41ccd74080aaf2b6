/** A Lambda task narrowed by InputPath, its result placed by ResultPath, the output narrowed by OutputPath. */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const Input = z.object({ comment: z.string(), data: z.object({ val1: z.number(), val2: z.number() }), lambda: z.object({ who: z.string() }) });

export const taskInputResultOutputPaths: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_input-output-example__md-block0.json",
  workflow: workflow("TaskInputResultOutputPaths", { input: Input, comment: "A Hello World example of the Amazon States Language using an AWS Lambda function" }).task("HelloWorld", {
    resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:HelloFunction"),
    result: z.string(),
    inputPath: "$.lambda",
    resultPath: "$.data.lambdaresult",
    outputPath: "$.data",
  }),
};
