/**
 * Walks the compiled OrderProcessing.asl.json with the real Lambda handlers (their AWS clients
 * and the payment gateway faked) and recording stand-ins for the service integrations.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runExecution, type TaskHandler } from "../../../test/support/asl/interpreter.ts";
import { PaymentDeclined, PaymentGatewayUnavailable } from "../handlers/payment-errors.ts";
import type { PaymentGateway } from "../handlers/payment-gateway.ts";
import { createProcessItemHandler, type InventoryWriter } from "../handlers/process-item.ts";
import { createProcessPaymentHandler } from "../handlers/process-payment.ts";
import { createRefundPaymentHandler } from "../handlers/refund-payment.ts";
import { createSendEmailHandler } from "../handlers/send-email.ts";
import { handler as validateOrder } from "../handlers/validate-order.ts";
import { errorNamed, largeOrder, recordingGateway, smallOrder } from "./fixtures.ts";

const definition = JSON.parse(readFileSync(new URL("../OrderProcessing.asl.json", import.meta.url), "utf8"));

interface Scenario {
  readonly gateway?: PaymentGateway;
  readonly inventory?: InventoryWriter;
  /** What the reviewer answers a WaitForApproval message with (it throws to fail the task). */
  readonly review?: (message: unknown) => unknown;
  /** Replaces a task's handler. */
  readonly tasks?: Record<string, TaskHandler>;
}

function process(order: unknown, scenario: Scenario = {}) {
  const calls: Record<string, unknown[]> = {};
  const record =
    (name: string, answer: unknown = {}): TaskHandler =>
    async (input) => ((calls[name] ??= []).push(input), answer);
  const gateway = scenario.gateway ?? recordingGateway().gateway;
  const inventory = scenario.inventory ?? { update: async () => ({}) };
  const sendEmail = createSendEmailHandler({ ses: { sendEmail: async () => ({ MessageId: "ses-1" }) }, from: "shop@example.com" });
  const execution = runExecution(definition, order, {
    now: () => new Date("2026-11-21T09:30:00Z"),
    tasks: {
      ValidateOrder: validateOrder,
      WaitForApproval: async (parameters: { MessageBody: unknown }, call) => {
        (calls.WaitForApproval ??= []).push({ message: parameters.MessageBody, taskToken: call.taskToken });
        return scenario.review?.(parameters.MessageBody) ?? { approved: true, reviewer: "maria" };
      },
      ProcessPayment: createProcessPaymentHandler(gateway),
      ProcessItem: createProcessItemHandler({ dynamoDb: inventory, tableName: "inventory-test" }),
      RefundPayment: createRefundPaymentHandler(gateway),
      GenerateInvoice: record("GenerateInvoice", { Tasks: [], Failures: [] }),
      SendEmail: async (parameters: { Payload: unknown }) => ({ Payload: await sendEmail(parameters.Payload as never), StatusCode: 200 }),
      UpdateDB: record("UpdateDB"),
      PublishOrderCompleted: record("PublishOrderCompleted", { MessageId: "sns-1" }),
      ...scenario.tasks,
    },
  });
  return { execution, calls };
}

describe("OrderProcessing workflow: payment failures", () => {
  it("retries a payment that keeps failing with States.TaskFailed 3 times, then ends in PaymentFailed", async () => {
    const alwaysFails: TaskHandler = async () => {
      throw errorNamed("States.TaskFailed", "the payment service failed");
    };
    const result = await process(smallOrder, { tasks: { ProcessPayment: alwaysFails } }).execution;

    const payments = result.attempts.filter((a) => a.state === "ProcessPayment");
    expect(payments).toEqual([
      { state: "ProcessPayment", attempt: 1, error: "States.TaskFailed" },
      { state: "ProcessPayment", attempt: 2, error: "States.TaskFailed", waitedSeconds: 3 },
      { state: "ProcessPayment", attempt: 3, error: "States.TaskFailed", waitedSeconds: 6 },
      { state: "ProcessPayment", attempt: 4, error: "States.TaskFailed", waitedSeconds: 12 },
    ]);
    expect(result).toMatchObject({ status: "FAILED", error: "PaymentFailed", cause: "the payment service failed" });
    expect(result.visited.slice(-2)).toEqual(["ProcessPayment", "PaymentFailed"]);
  });

  it("retries the real handler the same way while the gateway is unavailable", async () => {
    const unavailable = { ...recordingGateway().gateway, charge: () => Promise.reject(new PaymentGatewayUnavailable("payment gateway answered 503")) };
    const result = await process(smallOrder, { gateway: unavailable }).execution;
    expect(result.attempts.filter((a) => a.state === "ProcessPayment")).toHaveLength(4);
    expect(result).toMatchObject({ status: "FAILED", error: "PaymentFailed", cause: "payment gateway answered 503" });
  });

  it("does not retry a declined payment", async () => {
    const declining = { ...recordingGateway().gateway, charge: () => Promise.reject(new PaymentDeclined("card expired")) };
    const result = await process(smallOrder, { gateway: declining }).execution;
    expect(result.attempts.filter((a) => a.state === "ProcessPayment")).toEqual([{ state: "ProcessPayment", attempt: 1, error: "PaymentDeclined" }]);
    expect(result).toMatchObject({ status: "FAILED", error: "PaymentFailed", cause: "card expired" });
  });

  it("goes through once a retry succeeds", async () => {
    let calls = 0;
    const flaky: PaymentGateway = {
      ...recordingGateway().gateway,
      charge: async () => (++calls < 3 ? Promise.reject(new PaymentGatewayUnavailable("busy")) : { transactionId: "txn-3" }),
    };
    const result = await process(smallOrder, { gateway: flaky }).execution;
    expect(result.status).toBe("SUCCEEDED");
    expect(result.attempts.filter((a) => a.state === "ProcessPayment").map((a) => a.waitedSeconds)).toEqual([undefined, 3, 6]);
  });
});

describe("OrderProcessing workflow: the way through", () => {
  it("completes a small order without a reviewer: payment, items, invoice, email, record and event", async () => {
    const { gateway, charges } = recordingGateway();
    const { execution, calls } = process(smallOrder, { gateway });
    const result = await execution;

    expect(result.status).toBe("SUCCEEDED");
    expect(result.visited).toEqual([
      "ReceiveOrder", "ValidateOrder", "CheckValid", "NeedsApproval", "ApproveAutomatically", "CheckApproval", "ProcessPayment",
      "ProcessItems", "ProcessItem", "ProcessItem", "GenerateInvoice", "NotifyAndRecord", "SendEmail", "UpdateDB", "PublishOrderCompleted", "OrderComplete",
    ]);
    expect(charges.map((c) => c.amountInCents)).toEqual([12548]);
    expect(result.output).toMatchObject({
      orderId: "order-1001",
      itemPrices: [49.99, 25.5],
      receivedAt: "2026-11-21T09:30:00.000Z",
      approval: { approved: true, reviewer: "automatic" },
      payment: { transactionId: "txn-1", amount: 125.48 },
      reservations: [{ sku: "KB-101", reserved: 2 }, { sku: "MS-220", reserved: 1 }],
    });
    expect(calls.GenerateInvoice).toMatchObject([{ Overrides: { ContainerOverrides: [{ Name: "invoice", Environment: [{ Name: "ORDER_ID", Value: "order-1001" }] }] } }]);
    expect(calls.UpdateDB).toEqual([
      {
        TableName: "${OrdersTableName}",
        Item: { orderId: { S: "order-1001" }, status: { S: "completed" }, transactionId: { S: "txn-1" }, total: { N: "125.48" }, receivedAt: { S: "2026-11-21T09:30:00.000Z" } },
      },
    ]);
    expect(calls.PublishOrderCompleted).toEqual([
      { TopicArn: "${OrderEventsTopicArn}", Subject: "Order order-1001 completed", Message: { orderId: "order-1001", status: "completed", total: 125.48, transactionId: "txn-1" } },
    ]);
  });

  it("asks a reviewer about a large order and goes on when they approve", async () => {
    const { execution, calls } = process(largeOrder);
    const result = await execution;
    const [{ message, taskToken }] = calls.WaitForApproval as { message: unknown; taskToken: string }[];
    expect(message).toEqual({ taskToken, orderId: "order-1002", total: 1497, customer: { id: "customer-8", email: "ben@example.com" } });
    expect(result).toMatchObject({ status: "SUCCEEDED", output: { approval: { approved: true, reviewer: "maria" } } });
  });

  it("ends in OrderRejected when the reviewer says no, before any payment", async () => {
    const { gateway, charges } = recordingGateway();
    const result = await process(largeOrder, { gateway, review: () => ({ approved: false, reviewer: "maria" }) }).execution;
    expect(result).toMatchObject({ status: "FAILED", error: "OrderRejected" });
    expect(charges).toEqual([]);
  });

  it("ends in ApprovalTimedOut when nobody answers within the day", async () => {
    const result = await process(largeOrder, {
      review: () => {
        throw errorNamed("States.Timeout", "Task timed out after 86400 seconds");
      },
    }).execution;
    expect(result).toMatchObject({ status: "FAILED", error: "ApprovalTimedOut", cause: "Nobody approved the order within a day" });
  });

  it("ends in OrderFailed for an invalid order", async () => {
    const empty = { order: { ...smallOrder.order, items: [] } };
    const result = await process(empty).execution;
    expect(result).toMatchObject({ status: "FAILED", error: "OrderInvalid" });
    expect(result.visited).toEqual(["ReceiveOrder", "ValidateOrder", "CheckValid", "OrderFailed"]);
  });

  it("reserves the items in stock, then refunds the payment and fails the Map Run when one item is out of stock", async () => {
    const { gateway, refunds } = recordingGateway();
    const reserved: unknown[] = [];
    const kb101SoldOut: InventoryWriter = {
      update: async (request) => {
        if (request.Key.sku === "KB-101") throw errorNamed("ConditionalCheckFailedException");
        reserved.push(request.Key.sku);
        return {};
      },
    };
    const refundRequests: unknown[] = [];
    const refundPayment = createRefundPaymentHandler(gateway);
    const result = await process(smallOrder, {
      gateway,
      inventory: kb101SoldOut,
      tasks: { RefundPayment: async (event) => (refundRequests.push(event), refundPayment(event)) },
    }).execution;

    // The Distributed Map starts both child executions at once (MaxConcurrency 10), and a failed one does not
    // stop the other's running task: "Running Lambda functions cannot be stopped"
    // (https://docs.aws.amazon.com/step-functions/latest/dg/state-parallel.html). MS-220 is reserved; nothing
    // in the workflow gives that reservation back, only the payment is refunded.
    expect(reserved).toEqual(["MS-220"]);
    expect(result.visited.slice(-5)).toEqual(["ProcessItems", "ProcessItem", "ProcessItem", "RefundPayment", "FulfilmentFailed"]);
    expect(refunds).toEqual([{ transactionId: "txn-1", amountInCents: 12548, idempotencyKey: "refund-order-1001" }]);
    // With no failure tolerated (ToleratedFailureCount and ToleratedFailurePercentage default to 0), one failed
    // item fails the Map Run with States.ExceedToleratedFailureThreshold, not with the item's OutOfStock
    // (https://docs.aws.amazon.com/step-functions/latest/dg/maprun-fail-threshold.html): that is the error
    // output the Catch places at $.error, and the Cause FulfilmentFailed reads from it.
    const threshold = { Error: "States.ExceedToleratedFailureThreshold", Cause: "The specified tolerated failure threshold was exceeded" };
    expect(refundRequests).toMatchObject([{ orderId: "order-1001", error: threshold }]);
    expect(result).toMatchObject({ status: "FAILED", error: "FulfilmentFailed", cause: threshold.Cause });
  });
});
