/**
 * A JSONata lambda:invoke in a JSONPath machine whose Output and whose catcher's Output both keep
 * the state input beside the result or the error; the catcher's Fallback ends the machine, the
 * success path goes on to Finish.
 */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const taskCatchErrorOutput: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_statevariables_statemachines_task_catch_error_output.json",
  workflow: workflow("TaskCatchErrorOutput", { input: z.object({}), comment: "TASK_CATCH_ERROR_OUTPUT" })
    .task("Task", {
      queryLanguage: "JSONata",
      resource: "arn:aws:states:::lambda:invoke",
      arguments: { FunctionName: "%LAMBDA_FUNCTION_ARN_LITERAL_PLACEHOLDER%", Payload: { foo: "foobar" } },
      output: { stateInput: "{% $states.input %}", stateResult: "{% $states.result %}" },
    })
    .catch(
      ["States.ALL"],
      (handler) => handler.pass("Fallback", { queryLanguage: "JSONata", output: { error: "{% $states.input %}" } }).end(),
      { output: { stateInput: "{% $states.input %}", stateError: "{% $states.errorOutput %}" } },
    )
    .pass("Finish", { queryLanguage: "JSONata", output: { result: "{% $states.input %}" } }),
};
