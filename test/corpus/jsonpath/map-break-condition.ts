/** An inline Map whose iteration fails on the item 3, tested with nested And of IsPresent, IsNumeric and NumericEquals. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const mapBreakCondition: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_map_state_break_condition.json",
  workflow: workflow("MapBreakCondition", { input: z.object({}) })
    .pass("StartState", { result: [1, "Hello", {}, 3.3, 3, 4, 5], resultPath: "$.arr" })
    .map("MapState", { mode: "INLINE", resultPath: null, inputPath: "$.arr", maxConcurrency: 1 }, (item) =>
      item.choice("Equals3", (c) =>
        c
          .when(c.and(c.isPresent("$" as never, true), c.and(c.isNumeric("$", true), c.numericEquals("$" as never, 3))), (b) => b.fail("Break", { error: "SomeFailure", cause: "This state machines raises a 'SomeFailure' failure." }))
          .otherwise((b) => b.pass("Pass")),
      ),
    )
    .pass("Final"),
  escapes: [
    {
      kind: "cast",
      where: "State Equals3, IsPresent and NumericEquals on $",
      why: "the types refuse IsPresent on the item (always present, they say) and NumericEquals on an item of mixed type even inside the And whose IsNumeric guards it; Step Functions evaluates both",
    },
  ],
};
