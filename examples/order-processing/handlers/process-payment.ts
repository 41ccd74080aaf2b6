/**
 * The Lambda handler of task "ProcessPayment" in workflow "OrderProcessing": charges the order's
 * total. A declined payment throws PaymentDeclined (not retried); an unavailable gateway throws
 * PaymentGatewayUnavailable, which the task's Retry tries three more times (3 s, 6 s, 12 s)
 * before its Catch ends the execution in PaymentFailed. The idempotency key makes those retries
 * safe: the gateway charges an order once, however often it is asked.
 */
import { processPaymentEventSchema, type ProcessPaymentHandler } from "../OrderProcessing.contracts.js";
import { requiredEnvironment } from "./environment.js";
import { toCents } from "./money.js";
import { httpPaymentGateway, type PaymentGateway } from "./payment-gateway.js";

export function createProcessPaymentHandler(gateway: PaymentGateway): ProcessPaymentHandler {
  return async (event) => {
    const order = processPaymentEventSchema.parse(event);
    const amount = order.validation.total;
    const { transactionId } = await gateway.charge({
      orderId: order.orderId,
      customerId: order.customer.id,
      amountInCents: toCents(amount),
      idempotencyKey: `charge-${order.orderId}`,
    });
    return { transactionId, amount };
  };
}

let processPayment: ProcessPaymentHandler | undefined;

/** Built on first use, so importing the module (as the tests do) needs no configuration. */
export const handler: ProcessPaymentHandler = (event) => {
  processPayment ??= createProcessPaymentHandler(httpPaymentGateway(requiredEnvironment("PAYMENT_GATEWAY_URL")));
  return processPayment(event);
};
