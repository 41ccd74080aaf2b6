/** A Batch job awaited (.sync), then an SNS notice of success, or of failure when any error is caught. */
import { z } from "zod";
import { batch, sns, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const TOPIC = "arn:aws:sns:us-east-1:123456789012:batchjobnotificatiointemplate-SNSTopic-1J757CVBQ2KHM";

export const batchJobNotification: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_batch-job-notification__md-block0.json",
  workflow: workflow("BatchJobNotification", { input: z.object({}), comment: "An example of the Amazon States Language for notification on an AWS Batch job completion", timeoutSeconds: 3600 })
    .task("Submit Batch Job", {
      resource: batch.submitJob({ sync: true }),
      parameters: {
        JobName: "BatchJobNotification",
        JobQueue: "arn:aws:batch:us-east-1:123456789012:job-queue/BatchJobQueue-7049d367474b4dd",
        JobDefinition: "arn:aws:batch:us-east-1:123456789012:job-definition/BatchJobDefinition-74d55ec34c4643c:1",
      },
    })
    .catch(["States.ALL"], (h) => h.task("Notify Failure", { resource: sns.publish(), parameters: { Message: "Batch job submitted through Step Functions failed", TopicArn: TOPIC } }).end())
    .task("Notify Success", { resource: sns.publish(), parameters: { Message: "Batch job submitted through Step Functions succeeded", TopicArn: TOPIC } }),
};
