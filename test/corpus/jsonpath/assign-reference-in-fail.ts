/** Variables assigned by a Pass and read as a Fail's ErrorPath and CausePath. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const assignReferenceInFail: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_assign_statemachines_base_reference_in_fail.json",
  workflow: workflow("AssignReferenceInFail", { input: z.object({}), comment: "BASE_REFERENCE_IN_FAIL" })
    .pass("Pass", { assign: { errorVar: "Exception", causeVar: "An Exception was encountered" } })
    .fail("Fail", { causePath: "$causeVar", errorPath: "$errorVar" }),
};
