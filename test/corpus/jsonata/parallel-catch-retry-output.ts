/**
 * A JSONata Parallel whose one branch shapes a lambda:invoke's Output, retried once and then
 * caught: the catcher hands on the Parallel's input and the error as Output to Fallback, which
 * ends the machine; the success path goes on to Finish.
 */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const parallelCatchRetryOutput: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_statevariables_statemachines_parallel_catch_error_output_with_retry.json",
  workflow: workflow("ParallelCatchRetryOutput", { input: z.object({}), queryLanguage: "JSONata", comment: "PARALLEL_CATCH_ERROR_OUTPUT_WITH_RETRY" })
    .parallel(
      "ParallelState",
      [
        (b) =>
          b.task("ExecuteLambdaTask", {
            resource: "arn:aws:states:::lambda:invoke",
            arguments: { FunctionName: "%LAMBDA_FUNCTION_ARN_LITERAL_PLACEHOLDER%", Payload: { foo: "foobar" } },
            output: { InnerStateInput: "{% $states.input %}", InnerStateResult: "{% $states.result %}" },
          }),
      ],
      { retry: [{ errorEquals: ["States.ALL"], intervalSeconds: 1, maxAttempts: 1 }] },
    )
    .catch(["States.ALL"], (handler) => handler.pass("Fallback", { output: { result: "{% $states.input %}" } }).end(), {
      output: { stateInput: "{% $states.input %}", stateError: "{% $states.errorOutput %}" },
    })
    .pass("Finish", { output: { result: "{% $states.input %}" } }),
};
