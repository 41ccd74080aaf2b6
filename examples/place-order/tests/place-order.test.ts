import { describe, expect, it } from "vitest";
import { createPlaceOrderHandler, type OrderWriter } from "../handlers/place-order.ts";
import order from "../events/order-in-stock.json" with { type: "json" };

function recordingTable() {
  const puts: Parameters<OrderWriter["put"]>[0][] = [];
  const dynamoDb: OrderWriter = { put: async (request) => void puts.push(request) };
  return { dynamoDb, puts };
}

describe("PlaceOrder", () => {
  it("puts the order in the table under a generated id and passes the id on", async () => {
    const { dynamoDb, puts } = recordingTable();
    const placeOrder = createPlaceOrderHandler({ dynamoDb, tableName: "orders-test", newOrderId: () => "order-42" });

    const result = await placeOrder({ message: order, available: true });

    expect(result).toEqual({ message: order, order_id: "order-42", available: true });
    expect(puts).toEqual([
      {
        TableName: "orders-test",
        Item: { customer_id: "1045", order_id: "order-42", item_name: "Nvidia RTX 3070" },
        ConditionExpression: "attribute_not_exists(order_id)",
      },
    ]);
  });

  it("generates a different id for every order by default", async () => {
    const { dynamoDb, puts } = recordingTable();
    const placeOrder = createPlaceOrderHandler({ dynamoDb, tableName: "orders-test" });
    const first = await placeOrder({ message: order, available: true });
    const second = await placeOrder({ message: order, available: true });
    expect(first.order_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.order_id).not.toBe(first.order_id);
    expect(puts.map((p) => p.Item.order_id)).toEqual([first.order_id, second.order_id]);
  });

  it("fails the task when DynamoDB refuses the put", async () => {
    const dynamoDb: OrderWriter = {
      put: async () => {
        throw Object.assign(new Error("Requested resource not found"), { name: "ResourceNotFoundException" });
      },
    };
    const placeOrder = createPlaceOrderHandler({ dynamoDb, tableName: "missing" });
    await expect(placeOrder({ message: order, available: true })).rejects.toThrow("Requested resource not found");
  });
});
