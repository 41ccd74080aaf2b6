import { describe, expect, it } from "vitest";
import { createProcessItemHandler, type InventoryWriter } from "../handlers/process-item.ts";
import { errorNamed } from "./fixtures.ts";

const line = { orderId: "order-1001", item: { sku: "KB-101", quantity: 2, price: 49.99 } };

describe("ProcessItem", () => {
  it("takes the quantity out of the available stock, on condition there is enough", async () => {
    const updates: Parameters<InventoryWriter["update"]>[0][] = [];
    const processItem = createProcessItemHandler({ dynamoDb: { update: async (request) => void updates.push(request) }, tableName: "inventory-test" });
    expect(await processItem(line)).toEqual({ sku: "KB-101", reserved: 2 });
    expect(updates).toEqual([
      {
        TableName: "inventory-test",
        Key: { sku: "KB-101" },
        UpdateExpression: "SET available = available - :quantity",
        ConditionExpression: "available >= :quantity",
        ExpressionAttributeValues: { ":quantity": 2 },
      },
    ]);
  });

  it("reports OutOfStock when the condition fails", async () => {
    const dynamoDb: InventoryWriter = { update: async () => Promise.reject(errorNamed("ConditionalCheckFailedException", "The conditional request failed")) };
    await expect(createProcessItemHandler({ dynamoDb, tableName: "inventory-test" })(line)).rejects.toMatchObject({
      name: "OutOfStock",
      message: "order order-1001: fewer than 2 of KB-101 left",
    });
  });

  it("passes other DynamoDB errors on as they are", async () => {
    const dynamoDb: InventoryWriter = { update: async () => Promise.reject(errorNamed("ProvisionedThroughputExceededException")) };
    await expect(createProcessItemHandler({ dynamoDb, tableName: "inventory-test" })(line)).rejects.toMatchObject({ name: "ProvisionedThroughputExceededException" });
  });
});
