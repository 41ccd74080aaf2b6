/** sqs:sendMessage of a body read from the input, with message attributes. */
import { z } from "zod";
import { sqs, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const sqsSendAttributes: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_connect-sqs__md-block0.json",
  workflow: workflow("SqsSendAttributes", { input: z.object({ input: z.object({ message: z.string() }) }) }).task("Send to SQS", {
    resource: sqs.sendMessage(),
    parameters: {
      QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/myQueue",
      "MessageBody.$": "$.input.message",
      MessageAttributes: {
        "my attribute no 1": { DataType: "String", StringValue: "attribute1" },
        "my attribute no 2": { DataType: "String", StringValue: "attribute2" },
      },
    },
  }),
};
