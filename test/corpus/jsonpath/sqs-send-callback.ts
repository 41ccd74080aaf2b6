/** sqs:sendMessage.waitForTaskToken: the body carries the input and the task token. */
import { z } from "zod";
import { sqs, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const sqsSendCallback: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_connect-sqs__md-block1.json",
  workflow: workflow("SqsSendCallback", { input: z.object({}) }).task("Send message to SQS", {
    resource: sqs.sendMessage({ waitForTaskToken: true }),
    parameters: { QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/myQueue", MessageBody: { "Input.$": "$", "TaskToken.$": "$$.Task.Token" } },
  }),
};
