/**
 * The Lambda handler of task "ValidateOrder" in workflow "OrderProcessingJsonata": is the order
 * one the shop can take, and what does it cost? Its event is the submitted order itself (the
 * task's Payload is `$states.input.order`). Every problem is listed, not just the first, so the
 * failed execution's cause names them all. The workflow keeps the total in `$total`.
 */
import { validateOrderEventSchema, type ValidateOrderEvent, type ValidateOrderHandler } from "../OrderProcessingJsonata.contracts.js";
import { fromCents, isWholeCents, toCents } from "./money.js";

function problemsOf(order: ValidateOrderEvent): string[] {
  const problems: string[] = [];
  if (order.items.length === 0) problems.push("the order has no items");
  const seen = new Set<string>();
  for (const { sku, quantity, price } of order.items) {
    if (seen.has(sku)) problems.push(`item ${sku} appears more than once`);
    seen.add(sku);
    if (!Number.isInteger(quantity) || quantity < 1) problems.push(`item ${sku}: quantity must be a whole number of at least 1, not ${quantity}`);
    if (!isWholeCents(price)) problems.push(`item ${sku}: price must be an amount of at least 0 in whole cents, not ${price}`);
  }
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(order.customer.email)) problems.push(`customer email '${order.customer.email}' is not an address`);
  return problems;
}

export const handler: ValidateOrderHandler = async (event) => {
  const order = validateOrderEventSchema.parse(event);
  const problems = problemsOf(order);
  const totalInCents = order.items.reduce((sum, item) => sum + toCents(item.price) * item.quantity, 0);
  return { valid: problems.length === 0, total: fromCents(totalInCents), problems };
};
