/** States.UUID(). */
import { z } from "zod";
import { States, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const intrinsicUuid: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_intrinsicfunctions_statemachines_unique_id_generation_uuid.json",
  workflow: workflow("IntrinsicUuid", { input: z.object({}), comment: "UUID" }).pass("State_0", {
    parameters: { FunctionResult: States.UUID() },
  }),
};
