/** A JSONata Wait until a timestamp the input gives. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const waitTimestampJsonata: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_wait_timestamp_jsonata.json",
  workflow: workflow("WaitTimestampJsonata", { input: z.object({ TimestampValue: z.string() }), queryLanguage: "JSONata", comment: "WAIT_TIMESTAMP_JSONATA" }).wait("WaitState", {
    timestamp: "{% $states.input.TimestampValue %}",
  }),
};
