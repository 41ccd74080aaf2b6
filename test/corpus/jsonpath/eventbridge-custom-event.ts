/** events:putEvents of one custom event; Resource written for any partition. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const eventbridgeCustomEvent: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_sample-eventbridge-custom-event__md-block0.json",
  workflow: workflow("EventbridgeCustomEvent", { input: z.object({}), comment: "An example of the Amazon States Language for sending a custom event to Amazon EventBridge" }).task("Send a custom event", {
    resource: "arn:<PARTITION>:states:::events:putEvents",
    parameters: { Entries: [{ Detail: { Message: "Hello from Step Functions!" }, DetailType: "MessageFromStepFunctions", EventBusName: "<EVENT_BUS_NAME>", Source: "my.statemachine" }] },
  }),
  aslValidatorRejects: {
    message: "Resource is invalid",
    why: "the developer guide writes arn:<PARTITION>, a placeholder its sample projects fill in before deployment; asl-validator wants the ARN's final form",
  },
  escapes: [{ kind: "raw resource", where: "State Send a custom event Resource", why: "events.putEvents() writes the aws partition; the sample's arn:<PARTITION> placeholder needs the Resource as a string; a typed helper's resource option takes a whole ${Name} placeholder only" }],
};
