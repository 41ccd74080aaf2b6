/**
 * An account application: a JSONata Parallel whose branches check the input and whose Assign
 * keeps the execution input and the verdict, a JSONata Choice on that variable, JSONata tasks
 * reading the variable, and JSONPath tasks reading it through an intrinsic.
 */
import { z } from "zod";
import { dynamodb, ref, sns, sqs, States, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const Application = z.object({
  data: z.object({
    firstname: z.string(),
    lastname: z.string(),
    identity: z.object({ email: z.string(), ssn: z.string() }),
    address: z.record(z.string(), z.string()),
    interests: z.array(z.object({ category: z.string(), type: z.string(), yearBuilt: z.number(), estimatedValue: z.number() })),
  }),
});

export const validJsonata: CorpusRebuild = {
  corpus: "asl-validator/src___tests___definitions_valid-jsonata.json",
  workflow: workflow("AccountApplication", { input: Application, comment: "This is a state machine for account application service" })
    .parallel(
      "Verification",
      [
        (b) =>
          b.pass("Check Identity", {
            queryLanguage: "JSONata",
            output: {
              isIdentityValid:
                "{% $match($states.input.data.identity.email, /^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$/) and $match($states.input.data.identity.ssn, /^(\\d{3}-?\\d{2}-?\\d{4}|XXX-XX-XXXX)$/) %}",
            },
          }),
        (b) =>
          b.pass("Check Address", {
            queryLanguage: "JSONata",
            output: { isAddressValid: "{% $not(null in $each($states.input.data.address, function($v) { $length($trim($v)) > 0 ? $v : null })) %}" },
          }),
      ],
      {
        queryLanguage: "JSONata",
        assign: {
          inputPayload: "{% $states.context.Execution.Input %}",
          isCustomerValid: "{% $states.result.isIdentityValid and $states.result.isAddressValid %}",
        },
      },
    )
    .choice(
      "Approve or Deny?",
      (c) =>
        c
          .when("{% $isCustomerValid %}", (b) =>
            b
              .task("Add Account", {
                queryLanguage: "JSONata",
                resource: dynamodb.putItem(),
                arguments: {
                  TableName: "${AccountsTable}",
                  Item: {
                    PK: { S: "{% $uuid() %}" },
                    email: { S: "{% $inputPayload.data.identity.email %}" },
                    name: { S: "{% $inputPayload.data.firstname & ' ' & $inputPayload.data.lastname  %}" },
                    address: { S: "{% $join($each($inputPayload.data.address, function($v) { $v }), ', ') %}" },
                    timestamp: { S: "{% $now() %}" },
                  },
                },
              })
              .task("Home Insurance Interests", {
                queryLanguage: "JSONata",
                resource: sqs.sendMessage(),
                arguments: {
                  QueueUrl: "${HomeInsuranceInterestQueueArn}",
                  MessageBody:
                    "{% ($e := $inputPayload.data.identity.email; $n := $inputPayload.data.firstname & ' ' & $inputPayload.data.lastname; $inputPayload.data.interests[category = 'home']{'customer': $n, 'email': $e, 'totalAssetValue': $sum(estimatedValue), category: {type: yearBuilt}}) %}",
                },
              })
              .task("Approved Message", {
                resource: sns.publish(),
                parameters: {
                  TopicArn: "arn:aws:sns:us-east-1:123456789012:CustomerNotifications",
                  Message: States.Format("Hello {}, your application has been approved.", ref("$inputPayload.data.firstname")),
                },
              }),
          )
          .otherwise((b) =>
            b.task("Deny Message", {
              resource: sns.publish(),
              parameters: {
                TopicArn: "${SendCustomerNotificationSNSTopicArn}",
                Message: States.Format("Hello {}, your application has been denied because validation of provided data failed", ref("$inputPayload.data.firstname")),
              },
            }),
          ),
      { queryLanguage: "JSONata" },
    ),
};
