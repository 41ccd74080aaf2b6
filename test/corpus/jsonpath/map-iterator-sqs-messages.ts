/**
 * Messages read from SQS by a Lambda; unless there are none, a Map (deprecated Iterator and
 * Parameters) writes each to DynamoDB, deletes it from the queue and publishes it to SNS.
 */
import { z } from "zod";
import { dynamodb, lambda, sns, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const Message = z.object({ MessageId: z.string(), ReceiptHandle: z.string(), Body: z.string() });

export const mapIteratorSqsMessages: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_sample-map-state__md-block0.json",
  workflow: workflow("MapIteratorSqsMessages", { input: z.object({}), comment: "An example of the Amazon States Language for reading messages from an SQS queue and iteratively processing each message." })
    .task("Read messages from SQS Queue", {
      resource: lambda.invoke("MapSampleProj-ReadFromSQSQueueLambda-1MY3M63RMJVA9"),
      parameters: { FunctionName: "MapSampleProj-ReadFromSQSQueueLambda-1MY3M63RMJVA9" },
      // The function answers "No messages" or the messages; only the list is declared, so the Map can read it (see escapes).
      result: z.array(Message),
      outputPath: "$.Payload",
    })
    .choice("Are there messages to process?", (c) =>
      c.when(c.stringEquals("$" as never, "No messages"), "Finish").otherwise((b) =>
        b.map(
          "Process messages",
          { processorField: "Iterator", itemsPath: "$", parameters: { "MessageNumber.$": "$$.Map.Item.Index", "MessageDetails.$": "$$.Map.Item.Value" } },
          (item) =>
            item
              .task("Write message to DynamoDB", {
                resource: dynamodb.putItem(),
                resultPath: null,
                parameters: {
                  TableName: "MapSampleProj-DDBTable-YJDJ1MKIN6C5",
                  ReturnConsumedCapacity: "TOTAL",
                  Item: { MessageId: { "S.$": "$.MessageDetails.MessageId" }, Body: { "S.$": "$.MessageDetails.Body" } },
                },
              })
              .task("Remove message from SQS queue", {
                resource: lambda.invoke("MapSampleProj-DeleteFromSQSQueueLambda-198J2839ZO5K2"),
                inputPath: "$.MessageDetails",
                resultPath: null,
                payload: { "ReceiptHandle.$": "$.ReceiptHandle" },
              })
              .task("Publish message to SNS topic", {
                resource: sns.publish(),
                inputPath: "$.MessageDetails",
                parameters: { Subject: "Message from Step Functions!", "Message.$": "$.Body", TopicArn: "arn:aws:sns:us-east-1:012345678910:MapSampleProj-SNSTopic-1CQO4HQ3IR1KN" },
              }),
        ),
      ),
    )
    .succeed("Finish"),
  escapes: [
    {
      kind: "cast",
      where: "State Are there messages to process?, StringEquals on $",
      why: "the function returns the text 'No messages' or the messages; declared as that union, the types refuse StringEquals on it (Step Functions finds no match on a list) and the Default branch does not narrow it to the list the Map needs, so only the list is declared and the comparison is cast",
    },
  ],
};
