/** states:startExecution of the machine, input and name the input gives. */
import { z } from "zod";
import { states, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const startExecutionFromInput: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_services_statemachines_sfn_start_execution.json",
  workflow: workflow("StartExecutionFromInput", { input: z.object({ StateMachineArn: z.string(), Input: z.object({ message: z.string() }), Name: z.string() }), comment: "SFN_START_EXECUTION" }).task("StartExecution", {
    resource: states.startExecution(),
    parameters: { "StateMachineArn.$": "$.StateMachineArn", "Input.$": "$.Input", "Name.$": "$.Name" },
  }),
};
