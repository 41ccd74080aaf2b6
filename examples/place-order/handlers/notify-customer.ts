/**
 * The Lambda handler of task "NotifyCustomer" in workflow "PlaceOrder": words the outcome for
 * the customer. Both paths arrive here: a placed order (with its order_id) and an item that was
 * not available. The notification is the execution's output; sending it (email, SNS) would
 * happen here too.
 */
import { notifyCustomerEventSchema, type NotifyCustomerHandler } from "../PlaceOrder.contracts.js";

export const APOLOGY = "Unfortunately we weren't able to place your order.";

export const handler: NotifyCustomerHandler = async (event) => {
  const outcome = notifyCustomerEventSchema.parse(event);
  const email = outcome.message.customerEmail;
  if ("order_id" in outcome) {
    return { email, orderId: outcome.order_id, message: `Order ${outcome.order_id} was placed successfully.` };
  }
  return { email, orderId: null, message: APOLOGY };
};
