/** lambda:invoke.waitForTaskToken sending only the task token. */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const lambdaInvokeCallbackToken: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_troubleshooting-service-integrations__md-block1.json",
  workflow: workflow("LambdaInvokeCallbackToken", { input: z.object({}) }).task("taskToken", {
    resource: lambda.invoke("get-model-review-decision", { waitForTaskToken: true }),
    payload: { "token.$": "$$.Task.Token" },
  }),
};
