/** lambda:invoke as an asynchronous Event, sending nothing. */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const lambdaInvokeEvent: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_connect-lambda__md-block2.json",
  workflow: workflow("LambdaInvokeEvent", { input: z.object({}), comment: "A Hello World example of the Amazon States Language using Pass states" }).task("Hello", {
    resource: lambda.invoke("echo"),
    parameters: { InvocationType: "Event" },
  }),
};
