/**
 * Seed 004: the order workflow with Retry/Catch, and the seed's other fragments (Parallel,
 * Distributed Map, SNS, DynamoDB, ECS .sync, the task-token callback, Pass from the context).
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { dynamodb, ecs, lambda, sns, sqs, workflow } from "@aslc/dsl";
import { emitted } from "../support/emit.ts";
import { validatorProblems } from "../support/validators.ts";

const fn = (name: string) => lambda.function(`arn:aws:lambda:us-east-1:123456789012:function:${name}`);
const Order = z.object({ orderId: z.string(), amount: z.number() });

export const orderProcessing = workflow("OrderProcessing", { input: Order, comment: "Order processing workflow" })
  .task("ValidateOrder", { resource: fn("validate"), result: z.object({ valid: z.boolean() }), resultPath: "$.validation" })
  .choice("CheckValid", (c) =>
    c
      .when(c.booleanEquals("$.validation.valid", true), (b) =>
        b
          .task("ProcessPayment", {
            resource: fn("payment"),
            result: z.object({ transactionId: z.string() }),
            retry: [{ errorEquals: ["States.TaskFailed"], intervalSeconds: 3, maxAttempts: 3, backoffRate: 2.0 }],
          })
          .catch(["States.ALL"], (h) => h.fail("PaymentFailed", { cause: "Payment processing failed" }), { resultPath: "$.error" })
          .succeed("OrderComplete"),
      )
      .otherwise((b) => b.fail("OrderFailed", { cause: "Order validation failed" })),
  );

const expectedBasic = {
  Comment: "Order processing workflow",
  StartAt: "ValidateOrder",
  States: {
    ValidateOrder: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:validate", ResultPath: "$.validation", Next: "CheckValid" },
    CheckValid: { Type: "Choice", Choices: [{ Variable: "$.validation.valid", BooleanEquals: true, Next: "ProcessPayment" }], Default: "OrderFailed" },
    ProcessPayment: {
      Type: "Task",
      Resource: "arn:aws:lambda:us-east-1:123456789012:function:payment",
      Retry: [{ ErrorEquals: ["States.TaskFailed"], IntervalSeconds: 3, MaxAttempts: 3, BackoffRate: 2.0 }],
      Catch: [{ ErrorEquals: ["States.ALL"], Next: "PaymentFailed", ResultPath: "$.error" }],
      Next: "OrderComplete",
    },
    OrderComplete: { Type: "Succeed" },
    OrderFailed: { Type: "Fail", Cause: "Order validation failed" },
    PaymentFailed: { Type: "Fail", Cause: "Payment processing failed" },
  },
};

const Fulfilment = z.object({
  orderId: z.string(),
  message: z.string(),
  order: z.object({ id: z.string(), items: z.array(z.object({ sku: z.string(), price: z.number() })) }),
  items: z.array(z.object({ sku: z.string(), quantity: z.number() })),
});

/** The seed's fragments, joined into one fulfilment machine. */
export const fulfilment = workflow("OrderFulfilment", { input: Fulfilment, timeoutSeconds: 172800 })
  .pass("RecordReceipt", {
    parameters: {
      "orderId.$": "$.order.id",
      "total.$": "$.order.items[*].price",
      "timestamp.$": "$$.State.EnteredTime",
      "executionId.$": "$$.Execution.Id",
    },
    resultPath: "$.processed",
  })
  .task("WaitForApproval", {
    resource: sqs.sendMessage({ waitForTaskToken: true }),
    parameters: {
      QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/approvals",
      MessageBody: { "taskToken.$": "$$.Task.Token", "orderId.$": "$.orderId" },
    },
    result: z.object({ approved: z.boolean() }),
    resultPath: "$.approval",
    timeoutSeconds: 86400,
  })
  .parallel(
    "NotifyAndRecord",
    [(b) => b.task("SendEmail", { resource: fn("sendEmail") }), (b) => b.task("UpdateDB", { resource: fn("updateDB") })],
    { resultPath: null },
  )
  .map(
    "ProcessItems",
    { itemsPath: "$.items", mode: "DISTRIBUTED", executionType: "STANDARD", maxConcurrency: 10, resultPath: "$.itemResults" },
    (item) => item.task("ProcessItem", { resource: fn("processItem"), result: z.object({ sku: z.string(), reserved: z.boolean() }) }),
  )
  .task("SendSNS", {
    resource: sns.publish(),
    parameters: { TopicArn: "arn:aws:sns:us-east-1:123456789012:alerts", "Message.$": "$.message" },
    resultPath: null,
  })
  .task("WriteDynamoDB", {
    resource: dynamodb.putItem(),
    parameters: { TableName: "Orders", Item: { orderId: { "S.$": "$.orderId" }, status: { S: "completed" } } },
    resultPath: null,
  })
  .task("StartECSTask", {
    resource: ecs.runTask({ sync: true }),
    parameters: {
      LaunchType: "FARGATE",
      Cluster: "arn:aws:ecs:us-east-1:123456789012:cluster/my-cluster",
      TaskDefinition: "arn:aws:ecs:us-east-1:123456789012:task-definition/my-task:1",
    },
    resultPath: null,
  })
  .succeed("Done");

const lambdaTask = (name: string) => ({ Type: "Task", Resource: `arn:aws:lambda:us-east-1:123456789012:function:${name}`, End: true });

const expectedFulfilment = {
  StartAt: "RecordReceipt",
  States: {
    RecordReceipt: {
      Type: "Pass",
      Parameters: {
        "orderId.$": "$.order.id",
        "total.$": "$.order.items[*].price",
        "timestamp.$": "$$.State.EnteredTime",
        "executionId.$": "$$.Execution.Id",
      },
      ResultPath: "$.processed",
      Next: "WaitForApproval",
    },
    WaitForApproval: {
      Type: "Task",
      Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
      Parameters: {
        QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/approvals",
        MessageBody: { "taskToken.$": "$$.Task.Token", "orderId.$": "$.orderId" },
      },
      ResultPath: "$.approval",
      TimeoutSeconds: 86400,
      Next: "NotifyAndRecord",
    },
    NotifyAndRecord: {
      Type: "Parallel",
      Branches: [
        { StartAt: "SendEmail", States: { SendEmail: lambdaTask("sendEmail") } },
        { StartAt: "UpdateDB", States: { UpdateDB: lambdaTask("updateDB") } },
      ],
      ResultPath: null,
      Next: "ProcessItems",
    },
    ProcessItems: {
      Type: "Map",
      ItemsPath: "$.items",
      MaxConcurrency: 10,
      ItemProcessor: {
        ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" },
        StartAt: "ProcessItem",
        States: { ProcessItem: lambdaTask("processItem") },
      },
      ResultPath: "$.itemResults",
      Next: "SendSNS",
    },
    SendSNS: {
      Type: "Task",
      Resource: "arn:aws:states:::sns:publish",
      Parameters: { TopicArn: "arn:aws:sns:us-east-1:123456789012:alerts", "Message.$": "$.message" },
      ResultPath: null,
      Next: "WriteDynamoDB",
    },
    WriteDynamoDB: {
      Type: "Task",
      Resource: "arn:aws:states:::dynamodb:putItem",
      Parameters: { TableName: "Orders", Item: { orderId: { "S.$": "$.orderId" }, status: { S: "completed" } } },
      ResultPath: null,
      Next: "StartECSTask",
    },
    StartECSTask: {
      Type: "Task",
      Resource: "arn:aws:states:::ecs:runTask.sync",
      Parameters: {
        LaunchType: "FARGATE",
        Cluster: "arn:aws:ecs:us-east-1:123456789012:cluster/my-cluster",
        TaskDefinition: "arn:aws:ecs:us-east-1:123456789012:task-definition/my-task:1",
      },
      ResultPath: null,
      Next: "Done",
    },
    Done: { Type: "Succeed" },
  },
  TimeoutSeconds: 172800,
};

describe("seed: order processing", () => {
  it("emits the seed's basic workflow with Retry and Catch", () => {
    expect(emitted(orderProcessing)).toEqual(expectedBasic);
  });

  it("emits the seed's Parallel, Distributed Map, integrations, callback and context Pass", () => {
    expect(emitted(fulfilment)).toEqual(expectedFulfilment);
  });

  it("passes the validators (statelint only where it knows the fields)", () => {
    expect(validatorProblems(emitted(orderProcessing))).toEqual([]);
    expect(validatorProblems(emitted(fulfilment))).toEqual([]);
  });
});
