/** A Wait of a minute, then a Fail with an error name and cause. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const waitThenFail: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_base_statemachines_wait_and_fail.json",
  workflow: workflow("WaitThenFail", { input: z.object({}), comment: "WAIT_AND_FAIL" })
    .wait("State_1", { seconds: 60 })
    .fail("State_2", { error: "SomeFailure", cause: "This state machines raises a 'SomeFailure' failure." }),
};
