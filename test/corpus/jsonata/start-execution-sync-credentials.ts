/** A JSONata startExecution.sync whose request and role come from the input. */
import { z } from "zod";
import { states, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const Input = z.object({ StateMachineArn: z.string(), Input: z.unknown(), Name: z.string(), CredentialsRoleArn: z.string() });

export const startExecutionSyncCredentials: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_credentials_statemachines_sfn_start_execution_sync_role_arn_jsonata.json",
  workflow: workflow("StartExecutionSyncCredentials", { input: Input, queryLanguage: "JSONata" }).task("StartExecution", {
    resource: states.startExecution({ sync: true }),
    arguments: { StateMachineArn: "{% $states.input.StateMachineArn %}", Input: "{% $states.input.Input %}", Name: "{% $states.input.Name %}" },
    credentials: { RoleArn: "{% $states.input.CredentialsRoleArn %}" },
  }),
};
