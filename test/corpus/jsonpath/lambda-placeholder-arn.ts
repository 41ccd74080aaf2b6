/** One Lambda task whose function ARN is a template placeholder. */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const lambdaPlaceholderArn: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_tutorial-lambda-state-machine-cloudformation__md-block6.MyStateMachine.Properties.DefinitionString.json",
  workflow: workflow("LambdaPlaceholderArn", { input: z.object({}), comment: "A Hello World example using an AWS Lambda function" }).task("HelloWorld", { resource: lambda.function("${lambdaArn}") }),
};
