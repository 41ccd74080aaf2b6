/**
 * Workflow Studio's tour: a Pass, a Choice on a flag whose second rule and Default both go to the
 * same later state, a Wait, and a Parallel of two Pass branches.
 */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const workflowStudioTour: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_tutorial-workflow-studio-using__md-block0.json",
  workflow: workflow("WorkflowStudioTour", { input: z.object({ IsHelloWorldExample: z.boolean() }), comment: "A Hello World example of the Amazon States Language using Pass states" })
    .pass("Pass", { comment: "A Pass state passes its input to its output, without performing work. Pass states are useful when constructing and debugging state machines." })
    .choice(
      "IsHelloWorldExample",
      (c) =>
        c
          .when(c.booleanEquals("$.IsHelloWorldExample", false), (b) => b.fail("No", { cause: "Not Hello World" }))
          .when(c.booleanEquals("$.IsHelloWorldExample", true), "Yes")
          .otherwise((b) => b),
      { comment: 'A Choice state adds branching logic to a state machine. Choice rules can implement 16 different comparison operators, and can be combined using And, Or, and Not"' },
    )
    .pass("Yes")
    .wait("Wait 3 sec", { seconds: 3 })
    .parallel("Parallel", [(b) => b.pass("Hello"), (b) => b.pass("World")]),
};
