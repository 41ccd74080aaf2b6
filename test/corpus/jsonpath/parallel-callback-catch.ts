/** A Parallel around an SQS callback task, with two catchers placing the error output beside the input. */
import { z } from "zod";
import { sqs, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const parallelCallbackCatch: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_callbacks_statemachines_sqs_parallel_wait_for_task_token.json",
  workflow: workflow("ParallelCallbackCatch", { input: z.object({ QueueUrl: z.string() }), comment: "SQS_PARALLEL_WAIT_FOR_TASK_TOKEN" })
    .parallel("ParallelJob", [
      (b) =>
        b.task("SendMessageWithWait", {
          resource: sqs.sendMessage({ waitForTaskToken: true }),
          parameters: { "QueueUrl.$": "$.QueueUrl", MessageBody: { "Context.$": "$", "TaskToken.$": "$$.Task.Token" } },
        }),
    ])
    .catch(["States.Runtime"], (h) => h.pass("CaughtRuntimeError").end(), { resultPath: "$.states_runtime_error" })
    .catch(["States.ALL"], (h) => h.pass("CaughtStatesALL").end(), { resultPath: "$.states_all_error" }),
};
