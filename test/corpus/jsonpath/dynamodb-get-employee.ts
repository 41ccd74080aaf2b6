/** dynamodb:getItem retried on its own exception; a Choice on whether an Item came back shapes it or fails. */
import { z } from "zod";
import { dynamodb, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const Employee = z.object({ EmployeeId: z.object({ S: z.string() }), JobTitle: z.object({ S: z.string() }) });

export const dynamodbGetEmployee: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_synchronous-execution__md-block0.json",
  workflow: workflow("DynamodbGetEmployee", { input: z.object({ employee: z.string() }), comment: "This state machine returns an employee entry from DynamoDB" })
    .task("Read From DynamoDB", {
      resource: dynamodb.getItem(),
      parameters: { TableName: "StepFunctionsSample-SynchronousExpressWorkflowAKIAIOSFODNN7EXAMPLE-DynamoDBTable-ANPAJ2UCCR6DPCEXAMPLE", Key: { EmployeeId: { "S.$": "$.employee" } } },
      result: z.object({ Item: Employee.optional() }),
      retry: [{ errorEquals: ["DynamoDB.AmazonDynamoDBException"], intervalSeconds: 3, maxAttempts: 2, backoffRate: 1.5 }],
    })
    .choice("Is Get Successful", (c) =>
      c
        .when(c.isPresent("$.Item", true), (b) => b.pass("Succeed Execution", { parameters: { "employee.$": "$.Item.EmployeeId.S", "jobTitle.$": "$.Item.JobTitle.S" } }))
        .otherwise((b) => b.fail("Fail Execution", { error: "EmployeeDoesNotExist" })),
    ),
};
