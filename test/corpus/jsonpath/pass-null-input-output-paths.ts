/** Pass states with Parameters over the input, over a null InputPath (an empty object), and a null OutputPath. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const passNullInputOutputPaths: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_base_statemachines_pass_result_null_input_output_paths.json",
  workflow: workflow("PassNullInputOutputPaths", { input: z.object({ message: z.string() }), comment: "BASE_PASS_RESULT_NULL_INPUT_OUTPUT_PATHS" })
    .pass("State0", { parameters: { Arg1: "argument1", "FromInput.$": "$" } })
    .pass("State1", { inputPath: null, parameters: { Arg2: "argument2", "FromInput.$": "$" } })
    .pass("State2", { outputPath: null }),
};
