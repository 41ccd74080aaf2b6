import { describe, expect, it } from "vitest";
import { PaymentDeclined } from "../handlers/payment-errors.ts";
import { createProcessPaymentHandler } from "../handlers/process-payment.ts";
import { createRefundPaymentHandler } from "../handlers/refund-payment.ts";
import { readyToPay, recordingGateway } from "./fixtures.ts";

describe("ProcessPayment", () => {
  it("charges the validated total once per order", async () => {
    const { gateway, charges } = recordingGateway();
    expect(await createProcessPaymentHandler(gateway)(readyToPay())).toEqual({ transactionId: "txn-1", amount: 125.48 });
    expect(charges).toEqual([{ orderId: "order-1001", customerId: "customer-7", amountInCents: 12548, idempotencyKey: "charge-order-1001" }]);
  });

  it("lets a declined payment fail the task as PaymentDeclined", async () => {
    const gateway = { ...recordingGateway().gateway, charge: async () => Promise.reject(new PaymentDeclined("card expired")) };
    await expect(createProcessPaymentHandler(gateway)(readyToPay())).rejects.toMatchObject({ name: "PaymentDeclined", message: "card expired" });
  });
});

describe("RefundPayment", () => {
  it("refunds the charged amount of the transaction", async () => {
    const { gateway, refunds } = recordingGateway();
    const refund = createRefundPaymentHandler(gateway);
    const event = { ...readyToPay(), payment: { transactionId: "txn-1", amount: 125.48 }, error: { Error: "OutOfStock", Cause: "fewer than 2 of KB-101 left" } };
    expect(await refund(event)).toEqual({ refundId: "refund-1" });
    expect(refunds).toEqual([{ transactionId: "txn-1", amountInCents: 12548, idempotencyKey: "refund-order-1001" }]);
  });
});
