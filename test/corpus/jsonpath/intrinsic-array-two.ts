/** States.Array of two input values. */
import { z } from "zod";
import { ref, States, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const intrinsicArrayTwo: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_intrinsicfunctions_statemachines_array_array_2.json",
  workflow: workflow("IntrinsicArrayTwo", { input: z.object({ FunctionInput: z.object({ fst: z.string(), snd: z.number() }) }), comment: "ARRAY_2" }).pass("State_0", {
    parameters: { FunctionResult: States.Array(ref("$.FunctionInput.fst"), ref("$.FunctionInput.snd")) },
  }),
};
