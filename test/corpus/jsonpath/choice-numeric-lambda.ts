/** A Lambda task, then a Choice on a number the function returns, two branches meeting again, a Fail as the Default. */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const choiceNumericLambda: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_concepts-amazon-states-language__md-block0.json",
  workflow: workflow("ChoiceNumericLambda", { input: z.object({}), comment: "An example of the Amazon States Language using a choice state." })
    .task("FirstState", { resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:FUNCTION_NAME"), result: z.object({ foo: z.number() }) })
    .choice("ChoiceState", (c) =>
      c
        .when(c.numericEquals("$.foo", 1), (b) => b.task("FirstMatchState", { resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:OnFirstMatch") }))
        .when(c.numericEquals("$.foo", 2), (b) => b.task("SecondMatchState", { resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:OnSecondMatch") }))
        .otherwise((b) => b.fail("DefaultState", { error: "DefaultStateError", cause: "No Matches!" })),
    )
    .task("NextState", { resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:FUNCTION_NAME") }),
};
