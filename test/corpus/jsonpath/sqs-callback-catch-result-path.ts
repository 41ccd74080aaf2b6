/** sqs:sendMessage.waitForTaskToken with two catchers, each placing the error output beside the input before its own Pass. */
import { z } from "zod";
import { sqs, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const sqsCallbackCatchResultPath: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_callbacks_statemachines_sqs_wait_for_task_token_catch.json",
  workflow: workflow("SqsCallbackCatchResultPath", { input: z.object({ QueueUrl: z.string() }), comment: "SQS_WAIT_FOR_TASK_TOKEN_CATCH" })
    .task("SendMessageWithWait", {
      resource: sqs.sendMessage({ waitForTaskToken: true }),
      parameters: { "QueueUrl.$": "$.QueueUrl", MessageBody: { "Context.$": "$", "TaskToken.$": "$$.Task.Token" } },
    })
    .catch(["States.Runtime"], (h) => h.pass("CaughtRuntimeError").end(), { resultPath: "$.states_runtime_error" })
    .catch(["States.ALL"], (h) => h.pass("CaughtStatesALL").end(), { resultPath: "$.states_all_error" }),
};
