/**
 * Walks the compiled OrderProcessingJsonata.asl.json with the real Lambda handlers (their AWS
 * clients and the payment gateway faked) and recording stand-ins for the service integrations.
 * The interpreter evaluates the definition's JSONata and keeps its variables, so the tests read
 * both the execution's Output and the variables it ended with.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runExecution, type ExecutionResult, type TaskHandler } from "../../../test/support/asl/interpreter.ts";
import { PaymentDeclined, PaymentGatewayUnavailable } from "../handlers/payment-errors.ts";
import type { PaymentGateway } from "../handlers/payment-gateway.ts";
import { createProcessItemHandler, type InventoryWriter } from "../handlers/process-item.ts";
import { createProcessPaymentHandler } from "../handlers/process-payment.ts";
import { createRefundPaymentHandler } from "../handlers/refund-payment.ts";
import { createSendEmailHandler } from "../handlers/send-email.ts";
import { handler as validateOrder } from "../handlers/validate-order.ts";
import { errorNamed, lambdaInvoke, largeOrder, recordingGateway, smallOrder } from "./fixtures.ts";

const definition = JSON.parse(readFileSync(new URL("../OrderProcessingJsonata.asl.json", import.meta.url), "utf8"));

const ENTERED = "2026-11-21T09:30:00.000Z";

interface Scenario {
  readonly gateway?: PaymentGateway;
  readonly inventory?: InventoryWriter;
  /** What the reviewer answers a WaitForApproval message with (it throws to fail the task). */
  readonly review?: (message: unknown) => unknown;
  /** Replaces a task's handler. */
  readonly tasks?: Record<string, TaskHandler>;
}

function process(order: unknown, scenario: Scenario = {}) {
  const calls: Record<string, any[]> = {};
  const requests = (name: string) => (calls[name] ??= []);
  const record =
    (name: string, answer: unknown = {}): TaskHandler =>
    async (request) => (requests(name).push(request), answer);
  const gateway = scenario.gateway ?? recordingGateway().gateway;
  const inventory = scenario.inventory ?? { update: async () => ({}) };
  const sendEmail = createSendEmailHandler({ ses: { sendEmail: async () => ({ MessageId: "ses-1" }) }, from: "shop@example.com" });
  const execution = runExecution(definition, order, {
    now: () => new Date(ENTERED),
    tasks: {
      ValidateOrder: lambdaInvoke(validateOrder, requests("ValidateOrder")),
      WaitForApproval: async (request: { MessageBody: unknown }, call) => {
        requests("WaitForApproval").push({ message: request.MessageBody, taskToken: call.taskToken });
        return scenario.review?.(request.MessageBody) ?? { approved: true, reviewer: "maria" };
      },
      ProcessPayment: lambdaInvoke(createProcessPaymentHandler(gateway), requests("ProcessPayment")),
      ProcessItem: lambdaInvoke(createProcessItemHandler({ dynamoDb: inventory, tableName: "inventory-test" }), requests("ProcessItem")),
      RefundPayment: lambdaInvoke(createRefundPaymentHandler(gateway), requests("RefundPayment")),
      GenerateInvoice: record("GenerateInvoice", { Tasks: [], Failures: [] }),
      SendEmail: lambdaInvoke(sendEmail, requests("SendEmail")),
      UpdateDB: record("UpdateDB"),
      PublishOrderCompleted: record("PublishOrderCompleted", { MessageId: "sns-1" }),
      ...scenario.tasks,
    },
  });
  return { execution, calls };
}

const paymentAttempts = (result: ExecutionResult) => result.attempts.filter((a) => a.state === "ProcessPayment");

describe("OrderProcessingJsonata workflow: the way through", () => {
  it("completes a small order without a reviewer and ends with an Output built from its variables", async () => {
    const { gateway, charges } = recordingGateway();
    const { execution, calls } = process(smallOrder, { gateway });
    const result = await execution;

    expect(result.status).toBe("SUCCEEDED");
    expect(result.visited).toEqual([
      "ReceiveOrder", "ValidateOrder", "CheckValid", "NeedsApproval", "ApproveAutomatically", "CheckApproval", "ProcessPayment",
      "ProcessItems", "ProcessItem", "ProcessItem", "GenerateInvoice", "NotifyAndRecord", "SendEmail", "UpdateDB", "PublishOrderCompleted", "OrderComplete",
    ]);
    expect(result.output).toEqual({
      orderId: "order-1001",
      status: "completed",
      total: 125.48,
      approvedBy: "automatic",
      transactionId: "txn-1",
      reserved: [{ sku: "KB-101", reserved: 2 }, { sku: "MS-220", reserved: 1 }],
      confirmationId: "ses-1",
    });
    expect(charges).toEqual([{ orderId: "order-1001", customerId: "customer-7", amountInCents: 12548, idempotencyKey: "charge-order-1001" }]);
  });

  it("ends with every top-level variable set, and none of the branch's", async () => {
    const result = await process(smallOrder).execution;
    expect(result.variables).toEqual({
      orderId: "order-1001",
      customer: smallOrder.order.customer,
      items: smallOrder.order.items,
      receivedAt: ENTERED,
      total: 125.48,
      approval: { approved: true, reviewer: "automatic" },
      payment: { transactionId: "txn-1", amount: 125.48 },
      reservations: [{ sku: "KB-101", reserved: 2 }, { sku: "MS-220", reserved: 1 }],
      confirmationId: "ses-1",
    });
    // SendEmail assigned $messageId inside its branch: it left the branch only through the Output.
    expect(result.variables).not.toHaveProperty("messageId");
  });

  it("builds each request from the variables instead of the payload", async () => {
    const { execution, calls } = process(smallOrder);
    await execution;
    expect(calls.ValidateOrder).toEqual([{ FunctionName: "${ValidateOrderFunctionArn}", Payload: smallOrder.order }]);
    expect(calls.ProcessPayment).toEqual([{ FunctionName: "${ProcessPaymentFunctionArn}", Payload: { orderId: "order-1001", customerId: "customer-7", amount: 125.48 } }]);
    // The Distributed Map hands each child execution what it needs through its ItemSelector.
    expect(calls.ProcessItem!.map((request) => request.Payload)).toEqual(smallOrder.order.items.map((item) => ({ orderId: "order-1001", item })));
    expect(calls.GenerateInvoice).toMatchObject([{ Cluster: "${InvoiceClusterArn}", Overrides: { ContainerOverrides: [{ Name: "invoice", Environment: [{ Name: "ORDER_ID", Value: "order-1001" }] }] } }]);
    expect(calls.SendEmail).toEqual([{ FunctionName: "${SendEmailFunctionArn}", Payload: { orderId: "order-1001", to: "ana@example.com", total: 125.48, transactionId: "txn-1" } }]);
    expect(calls.UpdateDB).toEqual([
      {
        TableName: "${OrdersTableName}",
        Item: { orderId: { S: "order-1001" }, status: { S: "completed" }, transactionId: { S: "txn-1" }, total: { N: "125.48" }, receivedAt: { S: ENTERED } },
      },
    ]);
    expect(calls.PublishOrderCompleted).toEqual([
      { TopicArn: "${OrderEventsTopicArn}", Subject: "Order order-1001 completed", Message: { orderId: "order-1001", status: "completed", total: 125.48, transactionId: "txn-1" } },
    ]);
  });

  it("asks a reviewer about a large order with the task token, and keeps the answer in $approval", async () => {
    const { execution, calls } = process(largeOrder);
    const result = await execution;
    const [{ message, taskToken }] = calls.WaitForApproval!;
    expect(taskToken).toMatch(/^token-WaitForApproval-/);
    expect(message).toEqual({ taskToken, orderId: "order-1002", total: 1497, customer: { id: "customer-8", email: "ben@example.com" } });
    expect(result.variables.approval).toEqual({ approved: true, reviewer: "maria" });
    expect(result).toMatchObject({ status: "SUCCEEDED", output: { orderId: "order-1002", total: 1497, approvedBy: "maria" } });
  });
});

describe("OrderProcessingJsonata workflow: payment failures", () => {
  it("retries a payment that keeps failing 3 times, then ends in PaymentFailed with the error in $paymentError", async () => {
    const unavailable = { ...recordingGateway().gateway, charge: () => Promise.reject(new PaymentGatewayUnavailable("payment gateway answered 503")) };
    const result = await process(smallOrder, { gateway: unavailable }).execution;

    expect(paymentAttempts(result)).toEqual([
      { state: "ProcessPayment", attempt: 1, error: "PaymentGatewayUnavailable" },
      { state: "ProcessPayment", attempt: 2, error: "PaymentGatewayUnavailable", waitedSeconds: 3 },
      { state: "ProcessPayment", attempt: 3, error: "PaymentGatewayUnavailable", waitedSeconds: 6 },
      { state: "ProcessPayment", attempt: 4, error: "PaymentGatewayUnavailable", waitedSeconds: 12 },
    ]);
    expect(result).toMatchObject({ status: "FAILED", error: "PaymentFailed", cause: "payment gateway answered 503" });
    expect(result.visited.slice(-2)).toEqual(["ProcessPayment", "PaymentFailed"]);
    expect(result.variables.paymentError).toEqual({ Error: "PaymentGatewayUnavailable", Cause: "payment gateway answered 503" });
    // The catcher's Assign replaced the state's: no payment was recorded.
    expect(result.variables).not.toHaveProperty("payment");
  });

  it("does not retry a declined payment", async () => {
    const declining = { ...recordingGateway().gateway, charge: () => Promise.reject(new PaymentDeclined("card expired")) };
    const result = await process(smallOrder, { gateway: declining }).execution;
    expect(paymentAttempts(result)).toEqual([{ state: "ProcessPayment", attempt: 1, error: "PaymentDeclined" }]);
    expect(result).toMatchObject({ status: "FAILED", error: "PaymentFailed", cause: "card expired", variables: { paymentError: { Error: "PaymentDeclined", Cause: "card expired" } } });
  });

  it("goes through once a retry succeeds, and keeps that attempt's payment", async () => {
    let charges = 0;
    const flaky: PaymentGateway = {
      ...recordingGateway().gateway,
      charge: async () => (++charges < 3 ? Promise.reject(new PaymentGatewayUnavailable("busy")) : { transactionId: "txn-3" }),
    };
    const result = await process(smallOrder, { gateway: flaky }).execution;
    expect(paymentAttempts(result).map((a) => a.waitedSeconds)).toEqual([undefined, 3, 6]);
    expect(result).toMatchObject({ status: "SUCCEEDED", output: { transactionId: "txn-3" }, variables: { payment: { transactionId: "txn-3", amount: 125.48 } } });
    expect(result.variables).not.toHaveProperty("paymentError");
  });
});

describe("OrderProcessingJsonata workflow: other ends", () => {
  it("ends in OrderFailed for an invalid order, naming every problem, without keeping a total", async () => {
    const invalid = { order: { ...smallOrder.order, items: [], customer: { id: "customer-7", email: "nobody" } } };
    const result = await process(invalid).execution;
    expect(result).toMatchObject({ status: "FAILED", error: "OrderInvalid", cause: "the order has no items; customer email 'nobody' is not an address" });
    expect(result.visited).toEqual(["ReceiveOrder", "ValidateOrder", "CheckValid", "OrderFailed"]);
    // Only the rule taken for a valid order assigns $total.
    expect(Object.keys(result.variables).sort()).toEqual(["customer", "items", "orderId", "receivedAt"]);
  });

  it("ends in OrderRejected when the reviewer says no, before any payment", async () => {
    const { gateway, charges } = recordingGateway();
    const result = await process(largeOrder, { gateway, review: () => ({ approved: false, reviewer: "maria" }) }).execution;
    expect(result).toMatchObject({ status: "FAILED", error: "OrderRejected", cause: "Rejected by maria" });
    expect(charges).toEqual([]);
  });

  it("ends in ApprovalTimedOut when nobody answers within the day", async () => {
    const result = await process(largeOrder, {
      review: () => {
        throw errorNamed("States.Timeout", "Task timed out after 86400 seconds");
      },
    }).execution;
    expect(result).toMatchObject({ status: "FAILED", error: "ApprovalTimedOut", cause: "Nobody approved the order within a day" });
    expect(result.variables).not.toHaveProperty("approval");
  });

  it("reserves the items in stock, then refunds the payment held in $payment and fails the Map Run when one item is out of stock", async () => {
    const { gateway, refunds } = recordingGateway();
    const reserved: unknown[] = [];
    const kb101SoldOut: InventoryWriter = {
      update: async (request) => {
        if (request.Key.sku === "KB-101") throw errorNamed("ConditionalCheckFailedException");
        reserved.push(request.Key.sku);
        return {};
      },
    };
    const { execution, calls } = process(smallOrder, { gateway, inventory: kb101SoldOut });
    const result = await execution;

    // Both child executions start at once (MaxConcurrency 10) and KB-101's failure does not stop MS-220's
    // running task: "Running Lambda functions cannot be stopped"
    // (https://docs.aws.amazon.com/step-functions/latest/dg/state-parallel.html). MS-220 is reserved; nothing
    // in the workflow gives that reservation back, only the payment is refunded.
    expect(calls.ProcessItem!.map((request) => request.Payload.item.sku)).toEqual(["KB-101", "MS-220"]);
    expect(reserved).toEqual(["MS-220"]);
    expect(result.visited.slice(-5)).toEqual(["ProcessItems", "ProcessItem", "ProcessItem", "RefundPayment", "FulfilmentFailed"]);
    expect(calls.RefundPayment).toEqual([{ FunctionName: "${RefundPaymentFunctionArn}", Payload: { orderId: "order-1001", transactionId: "txn-1", amount: 125.48 } }]);
    expect(refunds).toEqual([{ transactionId: "txn-1", amountInCents: 12548, idempotencyKey: "refund-order-1001" }]);
    // With no failure tolerated (the thresholds default to 0), one failed item fails the Map Run with
    // States.ExceedToleratedFailureThreshold, not with the item's OutOfStock
    // (https://docs.aws.amazon.com/step-functions/latest/dg/maprun-fail-threshold.html): the catcher's Output
    // ($states.errorOutput) carries it through RefundPayment to FulfilmentFailed's Cause.
    expect(result).toMatchObject({ status: "FAILED", error: "FulfilmentFailed", cause: "The specified tolerated failure threshold was exceeded" });
    expect(result.variables).toMatchObject({ refund: { refundId: "refund-1" } });
    expect(result.variables).not.toHaveProperty("reservations");
  });
});
