/** A JSONata lambda:invoke whose function, payload and role come from the input, retried twice. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const Input = z.object({ FunctionName: z.string(), Payload: z.unknown(), CredentialsRoleArn: z.string() });

export const lambdaInvokeCredentialsRetry: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_credentials_statemachines_service_lambda_invoke_retry.json",
  workflow: workflow("LambdaInvokeCredentialsRetry", { input: Input, queryLanguage: "JSONata" }).task("InvokeLambda", {
    resource: "arn:aws:states:::lambda:invoke",
    arguments: { FunctionName: "{% $states.input.FunctionName %}", Payload: "{% $states.input.Payload %}" },
    credentials: { RoleArn: "{% $states.input.CredentialsRoleArn %}" },
    retry: [{ errorEquals: ["States.ALL"], maxAttempts: 2 }],
  }),
};
