/** States.ArrayContains: whether the input's array holds the input's value. */
import { z } from "zod";
import { ref, States, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const intrinsicArrayContains: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_intrinsicfunctions_statemachines_array_array_contains.json",
  workflow: workflow("IntrinsicArrayContains", { input: z.object({ FunctionInput: z.object({ fst: z.array(z.number()), snd: z.number() }) }), comment: "ARRAY_CONTAINS" }).pass("State_0", {
    parameters: { FunctionResult: States.ArrayContains(ref("$.FunctionInput.fst"), ref("$.FunctionInput.snd")) },
  }),
};
