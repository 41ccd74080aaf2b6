/** lambda:invoke with the whole input, retried, then the function's result sent to SQS. */
import { z } from "zod";
import { lambda, sqs, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const lambdaThenSqs: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_sfn-local-test-sm-exec__md-block1.json",
  workflow: workflow("LambdaThenSqs", { input: z.object({}), comment: "This state machine is called: LambdaSQSIntegration" })
    .task("LambdaState", { resource: lambda.invoke("HelloWorldFunction"), retry: [{ errorEquals: ["States.ALL"], intervalSeconds: 2, maxAttempts: 3, backoffRate: 2 }] })
    .task("SQSState", { resource: sqs.sendMessage(), parameters: { QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/myQueue", "MessageBody.$": "$" } }),
};
