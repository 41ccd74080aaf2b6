/**
 * A JSONata machine whose lambda:invoke keeps its input and result in variables, and whose
 * catcher keeps its input and the error instead; the catcher's Fallback ends the machine with the
 * error variable, the success path's Finish with the result variable.
 */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const taskCatchErrorVariableSampling: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_statevariables_statemachines_task_catch_error_variable_sampling.json",
  workflow: workflow("TaskCatchErrorVariableSampling", { input: z.object({}), queryLanguage: "JSONata", comment: "TASK_CATCH_ERROR_VARIABLE_SAMPLING" })
    .task("Task", {
      resource: "arn:aws:states:::lambda:invoke",
      arguments: { FunctionName: "%LAMBDA_FUNCTION_ARN_LITERAL_PLACEHOLDER%", Payload: { foo: "foobar" } },
      assign: { inputVar: "{% $states.input %}", resultVar: "{% $states.result %}" },
    })
    .catch(["States.ALL"], (handler) => handler.pass("Fallback", { output: { error: "{% $errorVar %}" } }).end(), {
      assign: { inputVar: "{% $states.input %}", errorVar: "{% $states.errorOutput %}" },
    })
    .pass("Finish", { output: { result: "{% $resultVar %}" } }),
};
