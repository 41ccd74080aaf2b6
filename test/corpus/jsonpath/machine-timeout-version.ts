/** A machine with Version and TimeoutSeconds, adding two numbers in a Lambda function. */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const machineTimeoutVersion: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_concepts-state-machine-data__md-block1.json",
  workflow: workflow("MachineTimeoutVersion", { input: z.object({ val1: z.number(), val2: z.number() }), comment: "An example that adds two numbers together.", version: "1.0", timeoutSeconds: 10 }).task("Add", {
    resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:Add"),
    result: z.number(),
  }),
};
