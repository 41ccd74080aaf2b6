/** States.Hash of input data with the algorithm the input names. */
import { z } from "zod";
import { ref, States, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const intrinsicHash: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_intrinsicfunctions_statemachines_hash_calculations_hash.json",
  workflow: workflow("IntrinsicHash", { input: z.object({ FunctionInput: z.object({ fst: z.string(), snd: z.enum(["MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512"]) }) }), comment: "HASH" }).pass("State_0", {
    parameters: { FunctionResult: States.Hash(ref("$.FunctionInput.fst"), ref("$.FunctionInput.snd")) },
  }),
};
