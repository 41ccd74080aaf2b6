/** Pass states reading the whole context object and each of its parts into the input. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const passContextObjectValues: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_base_statemachines_query_context_object_values.json",
  workflow: workflow("PassContextObjectValues", { input: z.object({ message: z.string() }), comment: "QUERY_CONTEXT_OBJECT_VALUES" })
    .pass("QueryValues1", {
      resultPath: "$.query_values_1",
      parameters: {
        "context_object.$": "$$",
        "execution.$": "$$.Execution",
        "execution_id.$": "$$.Execution.Id",
        "execution_input.$": "$$.Execution.Input",
        "execution_name.$": "$$.Execution.Name",
        "execution_rolearn.$": "$$.Execution.RoleArn",
        "execution_starttime.$": "$$.Execution.StartTime",
        "state.$": "$$.State",
        "state_enteredtime.$": "$$.State.EnteredTime",
        "state_name.$": "$$.State.Name",
        "statemachine.$": "$$.StateMachine",
        "statemachine_id.$": "$$.StateMachine.Id",
        "statemachine_name.$": "$$.StateMachine.Name",
      },
    })
    .pass("QueryValues2", { resultPath: "$.query_values_2", parameters: { "context_object.$": "$$" } }),
};
