/** A counter configured by a Pass and advanced by a Lambda function in a loop while it says to continue. */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const Counter = z.object({ count: z.number(), index: z.number(), step: z.number(), continue: z.boolean() });
// Typed as the counter's fields, so the loop's later rounds (the function's counter) match the first.
const START: Omit<z.input<typeof Counter>, "continue"> = { count: 10, index: 0, step: 1 };

export const iterateCounter: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_tutorial-create-iterate-pattern-section__md-block4.json",
  workflow: workflow("IterateCounter", { input: z.object({}), comment: "Iterator State Machine Example" })
    .pass("ConfigureCount", { result: START, resultPath: "$.iterator" })
    .task("Iterator", { resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:Iterate"), result: Counter, resultPath: "$.iterator" })
    .choice("IsCountReached", (c) =>
      c
        .when(c.booleanEquals("$.iterator.continue", true), (b) =>
          b.pass("ExampleWork", { comment: "Your application logic, to run a specific number of times", result: { success: true }, resultPath: "$.result" }).goto("Iterator"),
        )
        .otherwise((b) => b),
    )
    .pass("Done"),
  aslValidatorRejects: {
    message: "crashed: Cannot convert undefined or null to object",
    why: "asl-validator 4.0.0 takes the state named Iterator for a Map's Iterator field, and throws; Step Functions allows any state name up to 80 characters",
  },
};
