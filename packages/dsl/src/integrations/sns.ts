/** Amazon SNS: https://docs.aws.amazon.com/step-functions/latest/dg/connect-sns.html */
import { z } from "zod";
import { describeIntegration } from "./descriptor.ts";
import { describedIntegration, type Integration } from "./integration.ts";
import { patternOf, type Callback, type CallbackResult, type Placeholder } from "./pattern-options.ts";

export const snsPublish = describeIntegration({
  service: "sns",
  action: "publish",
  callback: true,
  request: z.object({
    TopicArn: z.string().optional(),
    TargetArn: z.string().optional(),
    PhoneNumber: z.string().optional(),
    Message: z.unknown(),
    Subject: z.string().optional(),
    MessageAttributes: z.record(z.string(), z.unknown()).optional(),
    MessageStructure: z.string().optional(),
    MessageGroupId: z.string().optional(),
    MessageDeduplicationId: z.string().optional(),
  }),
  results: { "request-response": z.object({ MessageId: z.string(), SequenceNumber: z.string().optional() }) },
});

export interface SnsPublishRequest extends z.input<typeof snsPublish.request> {}
export interface SnsPublishResult extends z.input<(typeof snsPublish.results)["request-response"]> {}

export const sns = {
  publish<const O extends Callback & Placeholder = {}>(options: O = {} as O): Integration<SnsPublishRequest, CallbackResult<O, SnsPublishResult>> {
    return describedIntegration(snsPublish, patternOf(options), undefined, options.resource);
  },
} as const;
