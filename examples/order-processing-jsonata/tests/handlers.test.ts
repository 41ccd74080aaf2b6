/** The handlers, each called with the event its task's Arguments build. */
import { describe, expect, it } from "vitest";
import { PaymentDeclined } from "../handlers/payment-errors.ts";
import { createProcessItemHandler, type InventoryWriter } from "../handlers/process-item.ts";
import { createProcessPaymentHandler } from "../handlers/process-payment.ts";
import { createRefundPaymentHandler } from "../handlers/refund-payment.ts";
import { createSendEmailHandler, type EmailSender } from "../handlers/send-email.ts";
import { handler as validateOrder } from "../handlers/validate-order.ts";
import { errorNamed, recordingGateway, smallOrder } from "./fixtures.ts";

const withItems = (items: { sku: string; quantity: number; price: number }[]) => ({ ...smallOrder.order, items });

describe("ValidateOrder", () => {
  it("accepts the submitted order and totals it to the cent", async () => {
    expect(await validateOrder(smallOrder.order)).toEqual({ valid: true, total: 125.48, problems: [] });
  });

  it("lists every problem with the order", async () => {
    const result = await validateOrder({ ...withItems([{ sku: "KB-101", quantity: 0, price: 10.005 }]), customer: { id: "customer-7", email: "ana at example" } });
    expect(result).toEqual({
      valid: false,
      total: 0,
      problems: [
        "item KB-101: quantity must be a whole number of at least 1, not 0",
        "item KB-101: price must be an amount of at least 0 in whole cents, not 10.005",
        "customer email 'ana at example' is not an address",
      ],
    });
  });

  it("rejects an order without items", async () => {
    expect(await validateOrder(withItems([]))).toEqual({ valid: false, total: 0, problems: ["the order has no items"] });
  });
});

describe("ProcessPayment", () => {
  it("charges the amount in its event, once per order", async () => {
    const { gateway, charges } = recordingGateway();
    expect(await createProcessPaymentHandler(gateway)({ orderId: "order-1001", customerId: "customer-7", amount: 125.48 })).toEqual({ transactionId: "txn-1", amount: 125.48 });
    expect(charges).toEqual([{ orderId: "order-1001", customerId: "customer-7", amountInCents: 12548, idempotencyKey: "charge-order-1001" }]);
  });

  it("lets a declined payment fail the task as PaymentDeclined", async () => {
    const gateway = { ...recordingGateway().gateway, charge: async () => Promise.reject(new PaymentDeclined("card expired")) };
    await expect(createProcessPaymentHandler(gateway)({ orderId: "order-1001", customerId: "customer-7", amount: 1 })).rejects.toMatchObject({ name: "PaymentDeclined", message: "card expired" });
  });

  it("refuses an event without an amount", async () => {
    await expect(createProcessPaymentHandler(recordingGateway().gateway)({ orderId: "order-1001", customerId: "customer-7" } as never)).rejects.toThrow(/amount/);
  });
});

describe("RefundPayment", () => {
  it("refunds the charged amount of the transaction", async () => {
    const { gateway, refunds } = recordingGateway();
    expect(await createRefundPaymentHandler(gateway)({ orderId: "order-1001", transactionId: "txn-1", amount: 125.48 })).toEqual({ refundId: "refund-1" });
    expect(refunds).toEqual([{ transactionId: "txn-1", amountInCents: 12548, idempotencyKey: "refund-order-1001" }]);
  });
});

describe("ProcessItem", () => {
  const line = { orderId: "order-1001", item: { sku: "KB-101", quantity: 2, price: 49.99 } };

  it("takes the quantity out of the available stock, on condition there is enough", async () => {
    const updates: Parameters<InventoryWriter["update"]>[0][] = [];
    const processItem = createProcessItemHandler({ dynamoDb: { update: async (request) => void updates.push(request) }, tableName: "inventory-test" });
    expect(await processItem(line)).toEqual({ sku: "KB-101", reserved: 2 });
    expect(updates).toMatchObject([{ TableName: "inventory-test", Key: { sku: "KB-101" }, ConditionExpression: "available >= :quantity", ExpressionAttributeValues: { ":quantity": 2 } }]);
  });

  it("reports OutOfStock when the condition fails", async () => {
    const dynamoDb: InventoryWriter = { update: async () => Promise.reject(errorNamed("ConditionalCheckFailedException")) };
    await expect(createProcessItemHandler({ dynamoDb, tableName: "inventory-test" })(line)).rejects.toMatchObject({ name: "OutOfStock", message: "order order-1001: fewer than 2 of KB-101 left" });
  });
});

describe("SendEmail", () => {
  it("sends the confirmation from the configured address and returns SES's message id", async () => {
    const sent: Parameters<EmailSender["sendEmail"]>[0][] = [];
    const sendEmail = createSendEmailHandler({ ses: { sendEmail: async (request) => (sent.push(request), { MessageId: "ses-1" }) }, from: "shop@example.com" });
    expect(await sendEmail({ orderId: "order-1001", to: "ana@example.com", total: 125.48, transactionId: "txn-1" })).toEqual({ messageId: "ses-1" });
    expect(sent[0]).toMatchObject({ FromEmailAddress: "shop@example.com", Destination: { ToAddresses: ["ana@example.com"] }, Content: { Simple: { Subject: { Data: "Order order-1001 confirmed" } } } });
  });
});
