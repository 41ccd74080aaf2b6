/**
 * A loop over a list a Lambda function seeds: while its head is not DONE, read that message from
 * DynamoDB, send it to SQS and drop the head with a slice; then succeed.
 */
import { z } from "zod";
import { dynamodb, lambda, sqs, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const dynamodbToSqsLoop: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_sample-project-transfer-data-sqs__md-block0.json",
  workflow: workflow("DynamodbToSqsLoop", { input: z.object({}), comment: "An example of the Amazon States Language for reading messages from a DynamoDB table and sending them to SQS", timeoutSeconds: 3600 })
    .task("Seed the DynamoDB Table", { resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:sqsconnector-SeedingFunction-T3U43VYDU5OQ"), result: z.array(z.string()), resultPath: "$.List" })
    .choice("For Loop Condition", (c) =>
      c
        .when(c.not(c.stringEquals("$.List[0]", "DONE")), (b) =>
          b
            .task("Read Next Message from DynamoDB", {
              resource: dynamodb.getItem(),
              parameters: { TableName: "sqsconnector-DDBTable-1CAFOJWP8QD6I", Key: { MessageId: { "S.$": "$.List[0]" } } },
              result: z.object({ Item: z.object({ Message: z.object({ S: z.string() }) }) }),
              resultPath: "$.DynamoDB",
            })
            .task("Send Message to SQS", {
              resource: sqs.sendMessage(),
              parameters: { "MessageBody.$": "$.DynamoDB.Item.Message.S", QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/sqsconnector-SQSQueue-QVGQBW134PWK" },
              resultPath: "$.SQS",
            })
            .pass("Pop Element from List", { parameters: { "List.$": "$.List[1:]" } })
            .goto("For Loop Condition" as never),
        )
        .otherwise((b) => b.succeed("Succeed")),
    ),
  escapes: [
    {
      kind: "cast",
      where: "State Pop Element from List, goto For Loop Condition",
      why: "the types read the slice $.List[1:] as unknown, not as the list it is, so the popped payload does not match the loop's head; the cast skips that one check",
    },
  ],
};
