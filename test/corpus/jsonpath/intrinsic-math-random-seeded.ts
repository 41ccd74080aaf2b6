/** States.MathRandom between two input numbers with an input seed. */
import { z } from "zod";
import { ref, States, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const intrinsicMathRandomSeeded: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_intrinsicfunctions_statemachines_math_operations_math_random_seeded.json",
  workflow: workflow("IntrinsicMathRandomSeeded", { input: z.object({ FunctionInput: z.object({ fst: z.number(), snd: z.number(), trd: z.number() }) }), comment: "MATH_RANDOM" }).pass("State_0", {
    parameters: { FunctionResult: States.MathRandom(ref("$.FunctionInput.fst"), ref("$.FunctionInput.snd"), ref("$.FunctionInput.trd")) },
  }),
};
