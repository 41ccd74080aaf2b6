import { describe, expect, it } from "vitest";
import { PaymentDeclined, PaymentGatewayUnavailable } from "../handlers/payment-errors.ts";
import { httpPaymentGateway } from "../handlers/payment-gateway.ts";

type Sent = { url: string; init: { method: string; headers: Record<string, string>; body: string } };

function answering(status: number, body: string) {
  const sent: Sent[] = [];
  const gateway = httpPaymentGateway("https://payments.example.com/v1/", async (url, init) => {
    sent.push({ url, init });
    return { status, text: async () => body };
  });
  return { gateway, sent };
}

const charge = { orderId: "order-1001", customerId: "customer-7", amountInCents: 12548, idempotencyKey: "charge-order-1001" };

describe("httpPaymentGateway", () => {
  it("posts the charge as JSON with its idempotency key and returns the transaction id", async () => {
    const { gateway, sent } = answering(201, JSON.stringify({ transactionId: "txn-1" }));
    expect(await gateway.charge(charge)).toEqual({ transactionId: "txn-1" });
    expect(sent).toEqual([
      {
        url: "https://payments.example.com/v1/charges",
        init: {
          method: "POST",
          headers: { "content-type": "application/json", "idempotency-key": "charge-order-1001" },
          body: JSON.stringify({ orderId: "order-1001", customerId: "customer-7", amountInCents: 12548 }),
        },
      },
    ]);
  });

  it("posts refunds to /refunds", async () => {
    const { gateway, sent } = answering(200, JSON.stringify({ refundId: "refund-1" }));
    expect(await gateway.refund({ transactionId: "txn-1", amountInCents: 12548, idempotencyKey: "refund-order-1001" })).toEqual({ refundId: "refund-1" });
    expect(sent[0]!.url).toBe("https://payments.example.com/v1/refunds");
  });

  it("turns 402 into PaymentDeclined, with the gateway's reason", async () => {
    const { gateway } = answering(402, "insufficient funds");
    await expect(gateway.charge(charge)).rejects.toThrow(new PaymentDeclined("insufficient funds"));
    await expect(gateway.charge(charge)).rejects.toMatchObject({ name: "PaymentDeclined" });
  });

  it("turns other failures and network errors into PaymentGatewayUnavailable", async () => {
    await expect(answering(503, "maintenance").gateway.charge(charge)).rejects.toThrow(new PaymentGatewayUnavailable("payment gateway answered 503: maintenance"));
    const unreachable = httpPaymentGateway("https://payments.example.com/", async () => {
      throw new TypeError("fetch failed");
    });
    await expect(unreachable.charge(charge)).rejects.toMatchObject({ name: "PaymentGatewayUnavailable" });
  });
});
