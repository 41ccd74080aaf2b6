/** States.ArrayRange from the input's start, end and step. */
import { z } from "zod";
import { ref, States, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const intrinsicArrayRange: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_intrinsicfunctions_statemachines_array_array_range.json",
  workflow: workflow("IntrinsicArrayRange", { input: z.object({ FunctionInput: z.object({ fst: z.number(), snd: z.number(), trd: z.number() }) }), comment: "ARRAY_RANGE" }).pass("State_0", {
    parameters: { FunctionResult: States.ArrayRange(ref("$.FunctionInput.fst"), ref("$.FunctionInput.snd"), ref("$.FunctionInput.trd")) },
  }),
};
