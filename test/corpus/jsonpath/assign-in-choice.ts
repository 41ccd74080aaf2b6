/** A Choice whose state Assign and each rule's Assign set a status, read by the Pass all paths reach. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const assignInChoice: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_assign_statemachines_base_assign_in_choice.json",
  workflow: workflow("AssignInChoice", { input: z.object({ input_value: z.number().optional() }), comment: "BASE_ASSIGN_IN_CHOICE" })
    .choice(
      "CheckInputState",
      (c) =>
        c
          .when(c.isPresent("$.input_value", false), "FinalState", { assign: { status: "UNKNOWN" } })
          .when(c.numericEquals("$.input_value", 42), "FinalState", { assign: { status: "CORRECT" } })
          .otherwise((b) => b),
      { assign: { status: "INCORRECT", "guess.$": "$.input_value" } },
    )
    .pass("FinalState", { parameters: { "result.$": "$status" } }),
};
