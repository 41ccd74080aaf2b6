/** Amazon SQS: https://docs.aws.amazon.com/step-functions/latest/dg/connect-sqs.html */
import { z } from "zod";
import { describeIntegration } from "./descriptor.ts";
import { describedIntegration, type Integration } from "./integration.ts";
import { patternOf, type Callback, type CallbackResult, type Placeholder } from "./pattern-options.ts";

export const sqsSendMessage = describeIntegration({
  service: "sqs",
  action: "sendMessage",
  callback: true,
  request: z.object({
    QueueUrl: z.string(),
    MessageBody: z.unknown(),
    DelaySeconds: z.number().optional(),
    MessageAttributes: z.record(z.string(), z.unknown()).optional(),
    MessageDeduplicationId: z.string().optional(),
    MessageGroupId: z.string().optional(),
  }),
  results: { "request-response": z.object({ MessageId: z.string(), MD5OfMessageBody: z.string(), SequenceNumber: z.string().optional() }) },
});

export interface SqsSendMessageRequest extends z.input<typeof sqsSendMessage.request> {}
export interface SqsSendMessageResult extends z.input<(typeof sqsSendMessage.results)["request-response"]> {}

export const sqs = {
  sendMessage<const O extends Callback & Placeholder = {}>(options: O = {} as O): Integration<SqsSendMessageRequest, CallbackResult<O, SqsSendMessageResult>> {
    return describedIntegration(sqsSendMessage, patternOf(options), undefined, options.resource);
  },
} as const;
