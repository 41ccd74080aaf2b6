/**
 * The payment provider, behind the two calls the workflow makes: charge an order, refund a
 * charge. The HTTP client below speaks a plain JSON API; swap in your provider's SDK behind the
 * same interface.
 */
import { PaymentDeclined, PaymentGatewayUnavailable } from "./payment-errors.js";

export interface ChargeRequest {
  readonly orderId: string;
  readonly customerId: string;
  readonly amountInCents: number;
  /** The same key for every attempt at one charge, so a retried call never charges twice. */
  readonly idempotencyKey: string;
}

export interface RefundRequest {
  readonly transactionId: string;
  readonly amountInCents: number;
  readonly idempotencyKey: string;
}

export interface PaymentGateway {
  charge(request: ChargeRequest): Promise<{ transactionId: string }>;
  refund(request: RefundRequest): Promise<{ refundId: string }>;
}

type Fetch = (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<{ status: number; text(): Promise<string> }>;

/**
 * A gateway at `baseUrl` that takes POST /charges and POST /refunds: 2xx with the id in a JSON
 * body, 402 for a declined payment (with the reason as text), anything else a failure.
 */
export function httpPaymentGateway(baseUrl: string, send: Fetch = fetch): PaymentGateway {
  const post = async (path: string, idempotencyKey: string, body: unknown): Promise<unknown> => {
    let response: Awaited<ReturnType<Fetch>>;
    try {
      response = await send(new URL(path, baseUrl).href, {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": idempotencyKey },
        body: JSON.stringify(body),
      });
    } catch (error) {
      throw new PaymentGatewayUnavailable(`payment gateway unreachable: ${String(error)}`);
    }
    const text = await response.text();
    if (response.status === 402) throw new PaymentDeclined(text || "payment declined");
    if (response.status < 200 || response.status > 299) throw new PaymentGatewayUnavailable(`payment gateway answered ${response.status}: ${text}`);
    return JSON.parse(text);
  };
  return {
    async charge({ idempotencyKey, ...charge }) {
      const { transactionId } = (await post("charges", idempotencyKey, charge)) as { transactionId: string };
      return { transactionId };
    },
    async refund({ idempotencyKey, ...refund }) {
      const { refundId } = (await post("refunds", idempotencyKey, refund)) as { refundId: string };
      return { refundId };
    },
  };
}
