/** SQS events as Lambda receives them, for tests of queue-triggered handlers. */
import type { SQSEvent, SQSRecord } from "aws-lambda";

export function sqsRecord(messageId: string, body: string): SQSRecord {
  return {
    messageId,
    receiptHandle: `receipt-${messageId}`,
    body,
    attributes: {
      ApproximateReceiveCount: "1",
      SentTimestamp: "1700000000000",
      SenderId: "AIDAEXAMPLE",
      ApproximateFirstReceiveTimestamp: "1700000000001",
    },
    messageAttributes: {},
    md5OfBody: "",
    eventSource: "aws:sqs",
    eventSourceARN: "arn:aws:sqs:us-east-1:123456789012:queue",
    awsRegion: "us-east-1",
  };
}

/** One record per body, with message ids m1, m2, … */
export function sqsEvent(...bodies: string[]): SQSEvent {
  return { Records: bodies.map((body, i) => sqsRecord(`m${i + 1}`, body)) };
}
