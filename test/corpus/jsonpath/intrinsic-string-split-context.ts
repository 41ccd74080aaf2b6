/** States.StringSplit of a string read from the execution's input through the context object. */
import { z } from "zod";
import { ref, States, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const intrinsicStringSplitContext: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_intrinsicfunctions_statemachines_string_operations_string_split_context_object.json",
  workflow: workflow("IntrinsicStringSplitContext", { input: z.object({ FunctionInput: z.string() }), comment: "STRING_SPLIT_CONTEXT_OBJECT" }).pass("State_0", {
    parameters: { FunctionResult: States.StringSplit(ref("$$.Execution.Input.FunctionInput"), ",") },
  }),
};
