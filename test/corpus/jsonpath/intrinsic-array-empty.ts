/** States.Array() with no arguments: an empty array. */
import { z } from "zod";
import { States, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const intrinsicArrayEmpty: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_intrinsicfunctions_statemachines_array_array_0.json",
  workflow: workflow("IntrinsicArrayEmpty", { input: z.object({}), comment: "ARRAY_0" }).pass("State_0", {
    parameters: { FunctionResult: States.Array() },
  }),
  statelintRejects: {
    message: "is not a JSONPath or intrinsic function expression",
    why: "statelint's intrinsic grammar wants at least one argument; AWS documents States.Array as taking zero or more (https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html#asl-intrsc-func-arrays)",
  },
};
