/**
 * The Lambda handler of task "RefundPayment" in workflow "OrderProcessingJsonata": gives the
 * customer their money back when the paid order could not be fulfilled (ProcessItems failed).
 * Its event names the charge, read from the `$payment` variable.
 */
import { refundPaymentEventSchema, type RefundPaymentHandler } from "../OrderProcessingJsonata.contracts.js";
import { requiredEnvironment } from "./environment.js";
import { toCents } from "./money.js";
import { httpPaymentGateway, type PaymentGateway } from "./payment-gateway.js";

export function createRefundPaymentHandler(gateway: PaymentGateway): RefundPaymentHandler {
  return async (event) => {
    const { orderId, transactionId, amount } = refundPaymentEventSchema.parse(event);
    return gateway.refund({ transactionId, amountInCents: toCents(amount), idempotencyKey: `refund-${orderId}` });
  };
}

let refundPayment: RefundPaymentHandler | undefined;

/** Built on first use, so importing the module (as the tests do) needs no configuration. */
export const handler: RefundPaymentHandler = (event) => {
  refundPayment ??= createRefundPaymentHandler(httpPaymentGateway(requiredEnvironment("PAYMENT_GATEWAY_URL")));
  return refundPayment(event);
};
