/**
 * A loop that relays task tokens: count down, wait, receive SQS messages (AWS SDK); when there
 * are some, a Map parses each body (States.StringToJson) and sends its token's success
 * (States.JsonToString of its message); then round again until the count reaches 0.
 */
import { z } from "zod";
import { awsSdk, ref, States, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const Input = z.object({ QueueUrl: z.string(), Iterator: z.object({ Count: z.number() }) });
const Received = z.object({ Messages: z.array(z.object({ Body: z.string() })).optional() });

export const sqsTaskTokenRelay: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_callbacks_statemachines_sqs_success_on_task_token.json",
  workflow: workflow("SqsTaskTokenRelay", { input: Input, comment: "sqs_success_on_task_token" })
    .pass("Iterate", { parameters: { Count: States.MathAdd(ref("$.Iterator.Count"), -1) }, resultPath: "$.Iterator" })
    .choice("IterateStep", (c) =>
      c.when(c.numericLessThanEquals("$.Iterator.Count", 0), (b) => b.pass("NoMoreCycles")).otherwise((b) =>
        b
          .wait("WaitAndReceive", { seconds: 1 })
          .task("Receive", { parameters: { "QueueUrl.$": "$.QueueUrl" }, resource: awsSdk("sqs", "receiveMessage"), result: Received, resultPath: "$.SQSOutput" })
          .choice("CheckMessages", (m) =>
            m
              .when(m.isPresent("$.SQSOutput.Messages", true), (send) =>
                send
                  .map("SendSuccesses", { mode: "INLINE", inputPath: "$.SQSOutput.Messages", resultPath: null }, (message) =>
                    message
                      .pass("ParseBody", { parameters: { Body: States.StringToJson(ref("$.Body")) } })
                      .task("Send", {
                        resource: awsSdk("sfn", "sendTaskSuccess"),
                        parameters: { Output: States.JsonToString(ref("$.Body.Message")), "TaskToken.$": "$.Body.TaskToken" },
                      }),
                  )
                  .goto("Iterate"),
              )
              .otherwise((again) => again.goto("Iterate")),
          ),
      ),
    ),
  escapes: [{ kind: "untyped integration", where: "States Receive and Send, Resource (aws-sdk:sqs, aws-sdk:sfn)", why: "no AWS SDK client is declared in AwsSdkClients for the corpus (@aws-sdk/client-sqs and client-sfn are not installed)" }],
};
