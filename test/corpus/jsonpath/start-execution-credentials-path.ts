/** states:startExecution.sync under a role the input names, with machine, input and name from the input. */
import { z } from "zod";
import { states, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const startExecutionCredentialsPath: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_credentials_statemachines_sfn_start_execution_sync_role_arn_path.json",
  workflow: workflow("StartExecutionCredentialsPath", { input: z.object({ StateMachineArn: z.string(), Input: z.object({}).loose(), Name: z.string(), CredentialsRoleArn: z.string() }) }).task("StartExecution", {
    resource: states.startExecution({ sync: true }),
    parameters: { "StateMachineArn.$": "$.StateMachineArn", "Input.$": "$.Input", "Name.$": "$.Name" },
    credentials: { "RoleArn.$": "$.CredentialsRoleArn" },
  }),
};
