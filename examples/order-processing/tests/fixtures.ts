/** Orders and helpers the order-processing tests share. */
import large from "../events/large-order.json" with { type: "json" };
import small from "../events/small-order.json" with { type: "json" };
import type { PaymentGateway } from "../handlers/payment-gateway.ts";

/** 2 × 49.99 + 25.50 = 125.48: approved automatically. */
export const smallOrder = small;
/** 3 × 499 = 1497: waits for a reviewer. */
export const largeOrder = large;

/** The payload after ReceiveOrder, as ValidateOrder receives it. */
export function received(order: typeof small.order) {
  return {
    orderId: order.id,
    customer: order.customer,
    items: order.items,
    itemPrices: order.items.map((item) => item.price),
    receivedAt: "2026-11-21T09:30:00.000Z",
    executionId: "arn:aws:states:us-east-1:123456789012:execution:order-processing:run-1",
  };
}

/** The payload ProcessPayment receives for a small order. */
export function readyToPay(order = small.order) {
  const total = order.items.reduce((sum, item) => sum + Math.round(item.price * 100) * item.quantity, 0) / 100;
  return {
    ...received(order),
    validation: { valid: true, total, problems: [] },
    approval: { approved: true as const, reviewer: "automatic" as const },
  };
}

/** A gateway that records its calls and answers with fixed ids. */
export function recordingGateway() {
  const charges: Parameters<PaymentGateway["charge"]>[0][] = [];
  const refunds: Parameters<PaymentGateway["refund"]>[0][] = [];
  const gateway: PaymentGateway = {
    charge: async (request) => (charges.push(request), { transactionId: "txn-1" }),
    refund: async (request) => (refunds.push(request), { refundId: "refund-1" }),
  };
  return { gateway, charges, refunds };
}

/** An error with the given ASL error name. */
export const errorNamed = (name: string, message = name) => Object.assign(new Error(message), { name });
