/** A Wait until a fixed timestamp. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const waitUntilTimestamp: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_wait_timestamp.json",
  workflow: workflow("WaitUntilTimestamp", { input: z.object({}), comment: "WAIT_TIMESTAMP" }).wait("WaitUntil", { timestamp: "2016-03-14T01:59:00Z" }),
};
