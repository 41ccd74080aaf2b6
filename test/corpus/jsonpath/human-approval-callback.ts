/**
 * Human approval: a Lambda function e-mails a link carrying the task token and the context
 * object, and waits for the callback; a Choice with no Default reads the approver's answer.
 * A CloudFormation DefinitionString: its ${…} are substituted on deployment.
 */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const humanApprovalCallback: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_tutorial-human-approval__md-block1.Resources.HumanApprovalLambdaStateMachine.Properties.DefinitionString.json",
  workflow: workflow("HumanApprovalCallback", { input: z.object({}), timeoutSeconds: 3600 })
    .task("Lambda Callback", {
      resource: "arn:${AWS::Partition}:states:::lambda:invoke.waitForTaskToken",
      parameters: {
        FunctionName: "${LambdaHumanApprovalSendEmailFunction.Arn}",
        Payload: { "ExecutionContext.$": "$$", APIGatewayEndpoint: "https://${ExecutionApi}.execute-api.${AWS::Region}.amazonaws.com/states" },
      },
      result: z.object({ Status: z.string() }),
    })
    .choice("ManualApprovalChoiceState", (c) =>
      c
        .when(c.stringEquals("$.Status", "Approved! Task approved by ${Email}"), (b) => b.pass("ApprovedPassState"))
        .when(c.stringEquals("$.Status", "Rejected! Task rejected by ${Email}"), (b) => b.pass("RejectedPassState")),
    ),
  aslValidatorRejects: {
    message: "Resource is invalid",
    why: "the template's arn:${AWS::Partition} is substituted by CloudFormation before Step Functions sees it; asl-validator checks the ARN's final form",
  },
  escapes: [
    {
      kind: "raw resource",
      where: "State Lambda Callback Resource",
      why: "lambda.invoke writes the aws partition; the template's arn:${AWS::Partition} needs the Resource as a string; a typed helper's resource option takes a whole ${Name} placeholder only",
    },
  ],
};
