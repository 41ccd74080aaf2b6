/**
 * Continue as new: a counter configured by a Pass, advanced by a Lambda function in a loop while
 * it says to continue; then, when the input asks for it, a Lambda function restarts the work.
 */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const Counter = z.object({ count: z.number(), index: z.number(), step: z.number(), continue: z.boolean() });
// Typed as the counter's fields, so the loop's later rounds (the function's counter) match the first.
const START: Omit<z.input<typeof Counter>, "continue"> = { count: 100, index: -1, step: 1 };

export const continueAsNew: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_tutorial-continue-new__md-block8.json",
  workflow: workflow("ContinueAsNew", { input: z.object({ restart: z.object({ executionCount: z.number() }) }), comment: "Continue-as-new State Machine Example" })
    .pass("ConfigureCount", { result: START, resultPath: "$.iterator" })
    .task("Iterator", { resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:Iterator"), result: Counter, resultPath: "$.iterator" })
    .choice("IsCountReached", (c) =>
      c
        .when(c.booleanEquals("$.iterator.continue", true), (b) =>
          b.pass("ExampleWork", { comment: "Your application logic, to run a specific number of times", result: { success: true }, resultPath: "$.result" }).goto("Iterator"),
        )
        .otherwise((b) => b),
    )
    .choice("ShouldRestart", (c) =>
      c.when(c.numericGreaterThan("$.restart.executionCount", 0), (b) => b.task("Restart", { resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:Restart") })).otherwise((b) => b),
    )
    .pass("Done"),
  aslValidatorRejects: {
    message: "crashed: Cannot convert undefined or null to object",
    why: "asl-validator 4.0.0 takes the state named Iterator for a Map's Iterator field, and throws; Step Functions allows any state name up to 80 characters",
  },
};
