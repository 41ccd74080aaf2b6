/** States.Base64Encode of the input string. */
import { z } from "zod";
import { ref, States, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const intrinsicBase64Encode: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_intrinsicfunctions_statemachines_encode_decode_base64encode.json",
  workflow: workflow("IntrinsicBase64Encode", { input: z.object({ FunctionInput: z.string() }), comment: "BASE_64_ENCODE" }).pass("State_0", {
    parameters: { FunctionResult: States.Base64Encode(ref("$.FunctionInput")) },
  }),
};
