/**
 * The Lambda handler of task "RefundPayment" in workflow "OrderProcessing": gives the customer
 * their money back when the paid order could not be fulfilled (ProcessItems failed).
 */
import { refundPaymentEventSchema, type RefundPaymentHandler } from "../OrderProcessing.contracts.js";
import { requiredEnvironment } from "./environment.js";
import { toCents } from "./money.js";
import { httpPaymentGateway, type PaymentGateway } from "./payment-gateway.js";

export function createRefundPaymentHandler(gateway: PaymentGateway): RefundPaymentHandler {
  return async (event) => {
    const { orderId, payment } = refundPaymentEventSchema.parse(event);
    return gateway.refund({ transactionId: payment.transactionId, amountInCents: toCents(payment.amount), idempotencyKey: `refund-${orderId}` });
  };
}

let refundPayment: RefundPaymentHandler | undefined;

/** Built on first use, so importing the module (as the tests do) needs no configuration. */
export const handler: RefundPaymentHandler = (event) => {
  refundPayment ??= createRefundPaymentHandler(httpPaymentGateway(requiredEnvironment("PAYMENT_GATEWAY_URL")));
  return refundPayment(event);
};
