/** Variables assigned by a Pass and read as a Wait's SecondsPath and another's TimestampPath. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const assignReferenceInWait: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_assign_statemachines_base_reference_in_wait.json",
  workflow: workflow("AssignReferenceInWait", { input: z.object({}), comment: "BASE_REFERENCE_IN_WAIT" })
    .pass("Start", { assign: { waitTime: 0, startAt: "2024-11-06T09:42:03Z" } })
    .wait("WaitSecondsState", { secondsPath: "$waitTime" })
    .wait("WaitUntilState", { timestampPath: "$startAt" }),
};
