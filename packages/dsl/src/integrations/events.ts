/** Amazon EventBridge: https://docs.aws.amazon.com/step-functions/latest/dg/connect-eventbridge.html */
import { z } from "zod";
import { describeIntegration } from "./descriptor.ts";
import { describedIntegration, type Integration } from "./integration.ts";
import { patternOf, type Callback, type CallbackResult, type Placeholder } from "./pattern-options.ts";

export const eventsPutEvents = describeIntegration({
  service: "events",
  action: "putEvents",
  callback: true,
  request: z.object({
    Entries: z.array(
      z.object({
        Detail: z.unknown(),
        DetailType: z.string(),
        Source: z.string(),
        EventBusName: z.string().optional(),
        Resources: z.array(z.string()).optional(),
        Time: z.string().optional(),
      }),
    ),
  }),
  results: {
    "request-response": z.object({
      Entries: z.array(z.object({ EventId: z.string().optional(), ErrorCode: z.string().optional(), ErrorMessage: z.string().optional() })),
      FailedEntryCount: z.number(),
    }),
  },
});

export interface PutEventsRequest extends z.input<typeof eventsPutEvents.request> {}
export interface PutEventsResult extends z.input<(typeof eventsPutEvents.results)["request-response"]> {}

export const events = {
  putEvents<const O extends Callback & Placeholder = {}>(options: O = {} as O): Integration<PutEventsRequest, CallbackResult<O, PutEventsResult>> {
    return describedIntegration(eventsPutEvents, patternOf(options), undefined, options.resource);
  },
} as const;
