/** sns:publish of a message read from the input, with message attributes. */
import { z } from "zod";
import { sns, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const snsPublishAttributes: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_connect-sns__md-block0.json",
  workflow: workflow("SnsPublishAttributes", { input: z.object({ input: z.object({ message: z.string() }) }) }).task("Publish to SNS", {
    resource: sns.publish(),
    parameters: {
      TopicArn: "arn:aws:sns:us-east-1:123456789012:myTopic",
      "Message.$": "$.input.message",
      MessageAttributes: {
        my_attribute_no_1: { DataType: "String", StringValue: "value of my_attribute_no_1" },
        my_attribute_no_2: { DataType: "String", StringValue: "value of my_attribute_no_2" },
      },
    },
  }),
};
