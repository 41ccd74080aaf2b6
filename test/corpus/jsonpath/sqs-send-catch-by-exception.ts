/** sqs:sendMessage from input fields, catching the SDK's client and service exceptions by name into Pass states. */
import { z } from "zod";
import { sqs, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const sqsSendCatchByException: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_errorhandling_statemachines_task_service_sqs_send_msg_catch.json",
  workflow: workflow("SqsSendCatchByException", { input: z.object({ QueueUrl: z.string(), MessageBody: z.string() }), comment: "TASK_SERVICE_LAMBDA_CATCH_UNKNOWN" })
    .task("Start", { resource: sqs.sendMessage(), parameters: { "QueueUrl.$": "$.QueueUrl", "MessageBody.$": "$.MessageBody" } })
    .catch(["SQS.SdkClientException"], (h) => h.pass("EndWithClientHandler", { resultPath: "$.client_error" }).end())
    .catch(["SQS.AmazonSQSException"], (h) => h.pass("EndWithSQSException", { resultPath: "$.aws_error" }).end())
    .pass("EndWithFinal", { resultPath: "$.final" }),
};
