/**
 * An order from receipt to completion: validate it, have a person approve large orders (a
 * callback that waits up to a day), take the payment (retried while the gateway is unavailable),
 * reserve every item (a Distributed Map; if that fails, the payment is refunded), render the
 * invoice in a container (ECS, waiting for it to finish), then email the customer and record the
 * order at the same time (Parallel), and publish an "order completed" event (SNS).
 */
import { z } from "zod";
import { dynamodb, ecs, lambda, ref, sns, sqs, States, workflow } from "@aslc/dsl";

const LineItem = z.object({ sku: z.string(), quantity: z.number(), price: z.number() });
const Customer = z.object({ id: z.string(), email: z.string() });

/** The order as the shop front submits it. */
const SubmittedOrder = z.object({ order: z.object({ id: z.string(), customer: Customer, items: z.array(LineItem) }) });

const Validation = z.object({ valid: z.boolean(), total: z.number(), problems: z.array(z.string()) });
/** What a reviewer sends back with SendTaskSuccess. */
const Approval = z.object({ approved: z.boolean(), reviewer: z.string() });
const Payment = z.object({ transactionId: z.string(), amount: z.number() });
const Reservation = z.object({ sku: z.string(), reserved: z.number() });
const Refund = z.object({ refundId: z.string() });

/** Retries for calls to the payment gateway: it may be briefly unavailable. */
const GATEWAY_RETRY = { errorEquals: ["States.TaskFailed"], intervalSeconds: 3, maxAttempts: 3, backoffRate: 2 } as const;

/** Orders above this total wait for a person's approval; smaller ones are approved at once. */
const APPROVAL_THRESHOLD = 1000;

export default workflow("OrderProcessing", { input: SubmittedOrder, comment: "Order processing workflow" })
  .pass("ReceiveOrder", {
    parameters: {
      "orderId.$": "$.order.id",
      "customer.$": "$.order.customer",
      "items.$": "$.order.items",
      "itemPrices.$": "$.order.items[*].price",
      "receivedAt.$": "$$.State.EnteredTime",
      "executionId.$": "$$.Execution.Id",
    },
  })
  .task("ValidateOrder", { resource: lambda.function("${ValidateOrderFunctionArn}"), result: Validation, resultPath: "$.validation" })
  .choice("CheckValid", (c) =>
    c
      .when(c.booleanEquals("$.validation.valid", true), (b) => b)
      .otherwise((b) => b.fail("OrderFailed", { error: "OrderInvalid", cause: "Order validation failed" })),
  )
  .choice("NeedsApproval", (c) =>
    c
      .when(c.numericGreaterThan("$.validation.total", APPROVAL_THRESHOLD), (b) =>
        b
          .task("WaitForApproval", {
            resource: sqs.sendMessage({ waitForTaskToken: true }),
            parameters: {
              QueueUrl: "${ApprovalQueueUrl}",
              MessageBody: { "taskToken.$": "$$.Task.Token", "orderId.$": "$.orderId", "total.$": "$.validation.total", "customer.$": "$.customer" },
            },
            result: Approval,
            resultPath: "$.approval",
            timeoutSeconds: 86400,
          })
          .catch(["States.Timeout"], (h) => h.fail("ApprovalTimedOut", { error: "ApprovalTimedOut", cause: "Nobody approved the order within a day" })),
      )
      .otherwise((b) => b.pass("ApproveAutomatically", { result: { approved: true, reviewer: "automatic" }, resultPath: "$.approval" })),
  )
  .choice("CheckApproval", (c) =>
    c
      .when(c.booleanEquals("$.approval.approved", true), (b) => b)
      .otherwise((b) => b.fail("OrderRejected", { error: "OrderRejected", cause: "A reviewer rejected the order" })),
  )
  .task("ProcessPayment", {
    resource: lambda.function("${ProcessPaymentFunctionArn}"),
    result: Payment,
    resultPath: "$.payment",
    retry: [
      // A declined card stays declined: fail at once rather than ask three more times.
      { errorEquals: ["PaymentDeclined"], maxAttempts: 0 },
      GATEWAY_RETRY,
    ],
  })
  .catch(["States.ALL"], (h) => h.fail("PaymentFailed", { error: "PaymentFailed", causePath: "$.error.Cause" }), { resultPath: "$.error" })
  .map(
    "ProcessItems",
    {
      itemsPath: "$.items",
      itemSelector: { "orderId.$": "$.orderId", "item.$": "$$.Map.Item.Value" },
      mode: "DISTRIBUTED",
      executionType: "STANDARD",
      maxConcurrency: 10,
      resultPath: "$.reservations",
    },
    (item) => item.task("ProcessItem", { resource: lambda.function("${ProcessItemFunctionArn}"), result: Reservation }),
  )
  // The customer has paid by now: an order that cannot be fulfilled is refunded before it fails.
  .catch(
    ["States.ALL"],
    (h) =>
      h
        .task("RefundPayment", { resource: lambda.function("${RefundPaymentFunctionArn}"), result: Refund, resultPath: "$.refund", retry: [GATEWAY_RETRY] })
        .fail("FulfilmentFailed", { error: "FulfilmentFailed", causePath: "$.error.Cause" }),
    { resultPath: "$.error" },
  )
  .task("GenerateInvoice", {
    resource: ecs.runTask({ sync: true }),
    parameters: {
      LaunchType: "FARGATE",
      Cluster: "${InvoiceClusterArn}",
      TaskDefinition: "${InvoiceTaskDefinitionArn}",
      NetworkConfiguration: { AwsvpcConfiguration: { Subnets: ["${InvoiceSubnetId}"], AssignPublicIp: "ENABLED" } },
      Overrides: { ContainerOverrides: [{ Name: "invoice", Environment: [{ Name: "ORDER_ID", "Value.$": "$.orderId" }] }] },
    },
    resultPath: null,
  })
  .parallel(
    "NotifyAndRecord",
    [
      (b) =>
        b.task("SendEmail", {
          resource: lambda.invoke("${SendEmailFunctionArn}"),
          payload: {
            "orderId.$": "$.orderId",
            "to.$": "$.customer.email",
            "total.$": "$.validation.total",
            "transactionId.$": "$.payment.transactionId",
          },
          result: z.object({ messageId: z.string() }),
        }),
      (b) =>
        b.task("UpdateDB", {
          resource: dynamodb.putItem(),
          parameters: {
            TableName: "${OrdersTableName}",
            Item: {
              orderId: { "S.$": "$.orderId" },
              status: { S: "completed" },
              transactionId: { "S.$": "$.payment.transactionId" },
              total: { N: States.JsonToString(ref("$.validation.total")) },
              receivedAt: { "S.$": "$.receivedAt" },
            },
          },
        }),
    ],
    { resultPath: null },
  )
  .task("PublishOrderCompleted", {
    resource: sns.publish(),
    parameters: {
      TopicArn: "${OrderEventsTopicArn}",
      Subject: States.Format("Order {} completed", ref("$.orderId")),
      Message: { "orderId.$": "$.orderId", status: "completed", "total.$": "$.validation.total", "transactionId.$": "$.payment.transactionId" },
    },
    resultPath: null,
  })
  .succeed("OrderComplete");
