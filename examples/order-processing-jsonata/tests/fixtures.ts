/** Orders and helpers the order-processing-jsonata tests share. */
import large from "../events/large-order.json" with { type: "json" };
import small from "../events/small-order.json" with { type: "json" };
import type { TaskHandler } from "../../../test/support/asl/interpreter.ts";
import type { PaymentGateway } from "../handlers/payment-gateway.ts";

/** 2 × 49.99 + 25.50 = 125.48: approved automatically. */
export const smallOrder = small;
/** 3 × 499 = 1497: waits for a reviewer. */
export const largeOrder = large;

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

/**
 * A handler behind `arn:aws:states:::lambda:invoke`, as the Lambda service runs it: the task's
 * Arguments name the function and carry the event as Payload; the result wraps the handler's
 * return value in `{ Payload, StatusCode }`. Each invocation's Arguments are kept in `requests`.
 */
export function lambdaInvoke<E, R>(handler: (event: E) => Promise<R>, requests: { FunctionName: string; Payload: unknown }[] = []): TaskHandler {
  return async (request: { FunctionName: string; Payload: E }) => {
    requests.push(request);
    return { Payload: await handler(request.Payload), StatusCode: 200 };
  };
}
