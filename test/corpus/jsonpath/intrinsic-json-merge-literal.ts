/** States.JsonMerge of a JSON literal parsed with States.StringToJson and an object from the execution's input. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const intrinsicJsonMergeLiteral: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_intrinsicfunctions_statemachines_json_manipulation_json_merge_escaped_argument.json",
  workflow: workflow("IntrinsicJsonMergeLiteral", { input: z.object({ input_field: z.object({ constant_in_literal: z.string() }) }), comment: "JSON_MERGE_ESCAPED_ARGUMENT" }).pass("StartState", {
    resultPath: "$.result_path",
    parameters: { "merged.$": `States.JsonMerge(States.StringToJson('{"constant_in_literal": "false"}'), $$.Execution.Input.input_field, false)` },
    outputPath: "$.result_path.merged",
  }),
  escapes: [
    {
      kind: "raw intrinsic",
      where: "State StartState Parameters merged.$",
      why: "States.StringToJson writes the literal's braces escaped (\\{ … \\}), as AWS's reserved-character rule allows; the LocalStack template, whose snapshots are recorded against AWS, keeps them bare; awaits raw intrinsic text kept and typed",
    },
  ],
};
