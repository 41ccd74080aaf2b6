/** A Pass with a fixed Result, then an SNS text message to a phone number. */
import { z } from "zod";
import { sns, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const passThenSnsSms: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_tutorial-code-snippet__md-block1.json",
  workflow: workflow("PassThenSnsSms", { input: z.object({}) })
    .pass("HelloWorld", { result: "Hello World!" })
    .task("Amazon SNS: Publish a message", { resource: sns.publish(), parameters: { Message: "Hello from Step Functions!", PhoneNumber: "+12065550123" } }),
};
