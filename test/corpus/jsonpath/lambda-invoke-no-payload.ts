/** lambda:invoke naming only the function: no Payload is sent. */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const lambdaInvokeNoPayload: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_connect-lambda__md-block0.json",
  workflow: workflow("LambdaInvokeNoPayload", { input: z.object({}) }).task("CallLambda", {
    resource: lambda.invoke("MyFunction"),
    parameters: { FunctionName: "MyFunction" },
  }),
};
