/** Three Lambda tasks in a row, each catching into shared Fail states by name; the last one times out into its own. */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const lambdaCatchChainXray: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_tutorial-xray-traces__md-block2.json",
  workflow: workflow("LambdaCatchChainXray", { input: z.object({}) })
    .task("CallTestFunction1", { resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:test-function1") })
    .catch(["States.TaskFailed"], (h) => h.fail("AfterTaskFailed"))
    .task("CallTestFunction2", { resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:test-function2") })
    .catch(["States.TaskFailed"], "AfterTaskFailed")
    .task("CallTestFunction3", { resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:test-function3"), timeoutSeconds: 5 })
    .catch(["States.Timeout"], (h) => h.fail("AfterTimeout"))
    .catch(["States.TaskFailed"], "AfterTaskFailed")
    .succeed("Succeed"),
};
