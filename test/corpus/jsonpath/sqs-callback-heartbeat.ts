/** sqs:sendMessage.waitForTaskToken with a heartbeat, the callback's answer kept beside the input. */
import { z } from "zod";
import { sqs, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const sqsCallbackHeartbeat: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_connect-to-resource__md-block6.json",
  workflow: workflow("SqsCallbackHeartbeat", { input: z.object({}) }).task("Push to SQS", {
    resource: sqs.sendMessage({ waitForTaskToken: true }),
    heartbeatSeconds: 600,
    parameters: { MessageBody: { "myTaskToken.$": "$$.Task.Token" }, QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/push-based-queue" },
    resultPath: "$.SQS",
  }),
};
