/** sns:publish.waitForTaskToken: the message carries the input and the task token. */
import { z } from "zod";
import { sns, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const snsPublishCallback: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_connect-sns__md-block3.json",
  workflow: workflow("SnsPublishCallback", { input: z.object({}) }).task("Send message to SNS", {
    resource: sns.publish({ waitForTaskToken: true }),
    parameters: { TopicArn: "arn:aws:sns:us-east-1:123456789012:myTopic", Message: { "Input.$": "$", "TaskToken.$": "$$.Task.Token" } },
  }),
};
