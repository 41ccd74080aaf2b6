/** States.Format of two values read from the context object. */
import { z } from "zod";
import { ref, States, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const intrinsicFormatContext: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_intrinsicfunctions_statemachines_generic_format_context_path.json",
  workflow: workflow("IntrinsicFormatContext", { input: z.object({}), comment: "FORMAT_CONTEXT_PATH" }).pass("State_0", {
    parameters: { FunctionResult: States.Format("Formatting arguments fst={} and snd={}.", ref("$$.Execution.Name"), ref("$$.StateMachine")) },
  }),
};
