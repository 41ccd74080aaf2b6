/** Assign evaluated before the state's paths take effect: a variable read as InputPath and OutputPath of the Pass that reassigns it. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const assignEvaluationOrder: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_assign_statemachines_base_evaluation_order_pass_state.json",
  workflow: workflow("AssignEvaluationOrder", { input: z.object({}), comment: "BASE_EVALUATION_ORDER_PASS_STATE" })
    .pass("State0", { result: { theQuestion: "What is the answer to life the universe and everything?" }, assign: { "question.$": "$.theQuestion", answer: 42 } })
    .pass("State1", { inputPath: "$answer", resultPath: "$.theAnswer", outputPath: "$answer", assign: { answer: "<omitted>" } }),
};
