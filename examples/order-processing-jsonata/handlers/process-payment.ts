/**
 * The Lambda handler of task "ProcessPayment" in workflow "OrderProcessingJsonata": charges the
 * amount its event names ({orderId, customerId, amount}, built from the workflow's variables).
 * A declined payment throws PaymentDeclined (not retried); an unavailable gateway throws
 * PaymentGatewayUnavailable, which the task's Retry tries three more times (3 s, 6 s, 12 s)
 * before its Catch keeps the error in `$paymentError` and ends the execution in PaymentFailed.
 * The idempotency key makes those retries safe: the gateway charges an order once.
 */
import { processPaymentEventSchema, type ProcessPaymentHandler } from "../OrderProcessingJsonata.contracts.js";
import { requiredEnvironment } from "./environment.js";
import { toCents } from "./money.js";
import { httpPaymentGateway, type PaymentGateway } from "./payment-gateway.js";

export function createProcessPaymentHandler(gateway: PaymentGateway): ProcessPaymentHandler {
  return async (event) => {
    const { orderId, customerId, amount } = processPaymentEventSchema.parse(event);
    const { transactionId } = await gateway.charge({ orderId, customerId, amountInCents: toCents(amount), idempotencyKey: `charge-${orderId}` });
    return { transactionId, amount };
  };
}

let processPayment: ProcessPaymentHandler | undefined;

/** Built on first use, so importing the module (as the tests do) needs no configuration. */
export const handler: ProcessPaymentHandler = (event) => {
  processPayment ??= createProcessPaymentHandler(httpPaymentGateway(requiredEnvironment("PAYMENT_GATEWAY_URL")));
  return processPayment(event);
};
