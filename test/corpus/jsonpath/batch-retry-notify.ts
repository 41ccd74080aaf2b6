/** A Batch job awaited (.sync) and retried with backoff, then an SNS notice of success or, once caught, of failure. */
import { z } from "zod";
import { batch, sns, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const TOPIC = "arn:aws:sns:us-west-2:123456789012:StepFunctionsSample-BatchJobManagement12345678-9abc-def0-1234-567890abcdef-SNSTopic-A2B3C4D5E6F7G";

export const batchRetryNotify: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_sample-batch-error-handling__md-block0.json",
  workflow: workflow("BatchRetryNotify", { input: z.object({}), comment: "An example of the Amazon States Language for notification on an AWS Batch job completion", timeoutSeconds: 3600 })
    .task("Submit Batch Job", {
      resource: batch.submitJob({ sync: true }),
      parameters: {
        JobName: "BatchJobNotification",
        JobQueue: "arn:aws:batch:us-west-2:123456789012:job-queue/BatchJobQueue-123456789abcdef",
        JobDefinition: "arn:aws:batch:us-west-2:123456789012:job-definition/BatchJobDefinition-123456789abcdef:1",
      },
      retry: [{ errorEquals: ["States.ALL"], intervalSeconds: 30, maxAttempts: 2, backoffRate: 1.5 }],
    })
    .catch(["States.ALL"], (h) => h.task("Notify Failure", { resource: sns.publish(), parameters: { Message: "Batch job submitted through Step Functions failed", TopicArn: TOPIC } }).end())
    .task("Notify Success", { resource: sns.publish(), parameters: { Message: "Batch job submitted through Step Functions succeeded", TopicArn: TOPIC } }),
};
