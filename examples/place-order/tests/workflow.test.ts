/** Walks the compiled PlaceOrder.asl.json with the real handlers (DynamoDB faked). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runExecution } from "../../../test/support/asl/interpreter.ts";
import { handler as checkAvailability } from "../handlers/check-availability.ts";
import { APOLOGY, handler as notifyCustomer } from "../handlers/notify-customer.ts";
import { createPlaceOrderHandler, type OrderWriter } from "../handlers/place-order.ts";
import inStock from "../events/order-in-stock.json" with { type: "json" };
import outOfStock from "../events/order-out-of-stock.json" with { type: "json" };

const definition = JSON.parse(readFileSync(new URL("../PlaceOrder.asl.json", import.meta.url), "utf8"));

function run(order: unknown) {
  const items: unknown[] = [];
  const dynamoDb: OrderWriter = { put: async (request) => void items.push(request.Item) };
  const placeOrder = createPlaceOrderHandler({ dynamoDb, tableName: "orders-test", newOrderId: () => "order-42" });
  const execution = runExecution(definition, order, { tasks: { CheckAvailability: checkAvailability, PlaceOrder: placeOrder, NotifyCustomer: notifyCustomer } });
  return { execution, items };
}

describe("PlaceOrder workflow", () => {
  it("places an available item's order and confirms it to the customer", async () => {
    const { execution, items } = run(inStock);
    const result = await execution;
    expect(result.visited).toEqual(["CheckAvailability", "ValidateAvailability", "PlaceOrder", "NotifyCustomer"]);
    expect(result.output).toEqual({ email: "ana@example.com", orderId: "order-42", message: "Order order-42 was placed successfully." });
    expect(items).toEqual([{ customer_id: "1045", order_id: "order-42", item_name: "Nvidia RTX 3070" }]);
  });

  it("skips PlaceOrder for an unavailable item and sends the customer the apology", async () => {
    const { execution, items } = run(outOfStock);
    const result = await execution;
    expect(result.visited).toEqual(["CheckAvailability", "ValidateAvailability", "NotifyCustomer"]);
    expect(result.output).toEqual({ email: "ben@example.com", orderId: null, message: APOLOGY });
    expect(items).toEqual([]);
  });
});
