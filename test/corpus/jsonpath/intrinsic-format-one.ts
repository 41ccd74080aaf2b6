/** States.Format with one argument read from the input. */
import { z } from "zod";
import { ref, States, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const intrinsicFormatOne: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_intrinsicfunctions_statemachines_generic_format_1.json",
  workflow: workflow("IntrinsicFormatOne", { input: z.object({ FunctionInput: z.string() }), comment: "FORMAT_1" }).pass("State_0", {
    parameters: { FunctionResult: States.Format("Formatting argument {}.", ref("$.FunctionInput")) },
  }),
};
