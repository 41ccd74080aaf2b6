/** sqs:sendMessage.waitForTaskToken with a timeout and a heartbeat the input gives, queue and message from the input. */
import { z } from "zod";
import { sqs, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const sqsCallbackHeartbeatPath: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_timeouts_statemachines_service_sqs_send_and_wait_for_task_token_with_heartbeat_path.json",
  workflow: workflow("SqsCallbackHeartbeatPath", { input: z.object({ HeartbeatSecondsPath: z.number(), QueueUrl: z.string(), Message: z.string() }), comment: "SERVICE_SQS_SEND_AND_WAIT_FOR_TASK_TOKEN_WITH_HEARTBEAT_PATH" }).task(
    "SendMessageWithWait",
    {
      resource: sqs.sendMessage({ waitForTaskToken: true }),
      timeoutSeconds: 600,
      heartbeatSecondsPath: "$.HeartbeatSecondsPath",
      parameters: { "QueueUrl.$": "$.QueueUrl", MessageBody: { "Message.$": "$.Message", "TaskToken.$": "$$.Task.Token" } },
    },
  ),
};
