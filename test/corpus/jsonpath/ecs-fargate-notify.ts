/** A Fargate task run and awaited (.sync) in a VPC, then an SNS notice of success or, once caught, of failure. */
import { z } from "zod";
import { ecs, sns, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const TOPIC = "arn:aws:sns:ap-northeast-1:123456789012:FargateTaskNotification-SNSTopic-1XYW5YD5V0M7C";

export const ecsFargateNotify: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_sample-project-container-task-notification__md-block0.json",
  workflow: workflow("EcsFargateNotify", { input: z.object({}), comment: "An example of the Amazon States Language for notification on an AWS Fargate task completion", timeoutSeconds: 3600 })
    .task("Run Fargate Task", {
      resource: ecs.runTask({ sync: true }),
      parameters: {
        LaunchType: "FARGATE",
        Cluster: "arn:aws:ecs:ap-northeast-1:123456789012:cluster/FargateTaskNotification-ECSCluster-VHLR20IF9IMP",
        TaskDefinition: "arn:aws:ecs:ap-northeast-1:123456789012:task-definition/FargateTaskNotification-ECSTaskDefinition-13YOJT8Z2LY5Q:1",
        NetworkConfiguration: { AwsvpcConfiguration: { Subnets: ["subnet-07e1ad3abcfce6758", "subnet-04782e7f34ae3efdb"], AssignPublicIp: "ENABLED" } },
      },
    })
    .catch(["States.ALL"], (h) => h.task("Notify Failure", { resource: sns.publish(), parameters: { Message: "AWS Fargate Task started by Step Functions failed", TopicArn: TOPIC } }).end())
    .task("Notify Success", { resource: sns.publish(), parameters: { Message: "AWS Fargate Task started by Step Functions succeeded", TopicArn: TOPIC } }),
};
