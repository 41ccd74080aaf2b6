/** States.ArrayPartition of the input's array into chunks of the input's size. */
import { z } from "zod";
import { ref, States, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const intrinsicArrayPartition: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_intrinsicfunctions_statemachines_array_array_partition.json",
  workflow: workflow("IntrinsicArrayPartition", { input: z.object({ FunctionInput: z.object({ fst: z.array(z.number()), snd: z.number() }) }), comment: "ARRAY_PARTITION" }).pass("State_0", {
    parameters: { FunctionResult: States.ArrayPartition(ref("$.FunctionInput.fst"), ref("$.FunctionInput.snd")) },
  }),
};
