/** States.JsonMerge of two input objects, shallow. */
import { z } from "zod";
import { ref, States, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const intrinsicJsonMerge: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_intrinsicfunctions_statemachines_json_manipulation_json_merge.json",
  workflow: workflow("IntrinsicJsonMerge", { input: z.object({ FunctionInput: z.object({ fst: z.object({ a: z.number() }), snd: z.object({ b: z.number() }) }) }), comment: "JSON_MERGE" }).pass("State_0", {
    parameters: { FunctionResult: States.JsonMerge(ref("$.FunctionInput.fst"), ref("$.FunctionInput.snd")) },
  }),
};
