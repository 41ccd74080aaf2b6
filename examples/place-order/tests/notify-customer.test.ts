import { describe, expect, it } from "vitest";
import { APOLOGY, handler as notifyCustomer } from "../handlers/notify-customer.ts";
import inStock from "../events/order-in-stock.json" with { type: "json" };
import outOfStock from "../events/order-out-of-stock.json" with { type: "json" };

describe("NotifyCustomer", () => {
  it("confirms a placed order with its id", async () => {
    expect(await notifyCustomer({ message: inStock, order_id: "order-42", available: true })).toEqual({
      email: "ana@example.com",
      orderId: "order-42",
      message: "Order order-42 was placed successfully.",
    });
  });

  it("apologises when the item was not available", async () => {
    expect(await notifyCustomer({ message: outOfStock, available: false })).toEqual({
      email: "ben@example.com",
      orderId: null,
      message: APOLOGY,
    });
  });
});
