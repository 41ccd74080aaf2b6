/**
 * What the payment gateway can answer besides success. The class name becomes the error name
 * Step Functions sees, which is what the ProcessPayment Retry matches on.
 */

/** The card or account was refused: asking again gives the same answer. */
export class PaymentDeclined extends Error {
  override name = "PaymentDeclined";
}

/** The gateway could not be reached or failed: worth another try a little later. */
export class PaymentGatewayUnavailable extends Error {
  override name = "PaymentGatewayUnavailable";
}
