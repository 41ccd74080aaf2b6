/** events:putEvents of the entries the input holds. */
import { z } from "zod";
import { events, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const Entry = z.object({ Detail: z.object({ Message: z.string() }), DetailType: z.string(), Source: z.string(), EventBusName: z.string().optional() });

export const eventsPutEventsFromInput: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_services_statemachines_events_put_events.json",
  workflow: workflow("EventsPutEventsFromInput", { input: z.object({ Entries: z.array(Entry) }), comment: "EVENTS_PUT_EVENTS" }).task("PutEvents", {
    resource: events.putEvents(),
    parameters: { "Entries.$": "$.Entries" },
  }),
};
