/**
 * A JSONata lambda:invoke in a JSONPath machine, retried once and then caught, whose Output and
 * catcher Output hand their data on to plain JSONPath Passes: the catcher's Fallback ends the
 * machine, the success path goes on to Finish.
 */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const taskCatchRetryToJsonpath: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_statevariables_statemachines_task_catch_error_output_with_retry_to_jsonpath.json",
  workflow: workflow("TaskCatchRetryToJsonpath", { input: z.object({}), comment: "TASK_CATCH_ERROR_OUTPUT_WITH_RETRY_TO_JSONPATH" })
    .task("Task", {
      queryLanguage: "JSONata",
      resource: "arn:aws:states:::lambda:invoke",
      arguments: { FunctionName: "%LAMBDA_FUNCTION_ARN_LITERAL_PLACEHOLDER%", Payload: { foo: "foobar" } },
      retry: [{ errorEquals: ["States.ALL"], intervalSeconds: 1, maxAttempts: 1 }],
      output: { stateInput: "{% $states.input %}", stateResult: "{% $states.result %}" },
    })
    .catch(["States.ALL"], (handler) => handler.pass("Fallback").end(), {
      output: { stateInput: "{% $states.input %}", stateError: "{% $states.errorOutput %}" },
    })
    .pass("Finish"),
};
