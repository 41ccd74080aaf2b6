import { describe, expect, it } from "vitest";
import { handler as validateOrder } from "../handlers/validate-order.ts";
import { received, smallOrder } from "./fixtures.ts";

const withItems = (items: { sku: string; quantity: number; price: number }[]) => ({ ...received(smallOrder.order), items });

describe("ValidateOrder", () => {
  it("accepts a well-formed order and totals it to the cent", async () => {
    expect(await validateOrder(received(smallOrder.order))).toEqual({ valid: true, total: 125.48, problems: [] });
  });

  it("rejects an order without items", async () => {
    expect(await validateOrder(withItems([]))).toEqual({ valid: false, total: 0, problems: ["the order has no items"] });
  });

  it("lists every problem with the items", async () => {
    const result = await validateOrder(
      withItems([
        { sku: "KB-101", quantity: 0, price: 49.99 },
        { sku: "KB-101", quantity: 1.5, price: 10.005 },
      ]),
    );
    expect(result.valid).toBe(false);
    expect(result.problems).toEqual([
      "item KB-101: quantity must be a whole number of at least 1, not 0",
      "item KB-101 appears more than once",
      "item KB-101: quantity must be a whole number of at least 1, not 1.5",
      "item KB-101: price must be an amount of at least 0 in whole cents, not 10.005",
    ]);
  });

  it("rejects a customer email that is not an address", async () => {
    const order = { ...received(smallOrder.order), customer: { id: "customer-7", email: "ana at example" } };
    expect((await validateOrder(order)).problems).toEqual(["customer email 'ana at example' is not an address"]);
  });
});
