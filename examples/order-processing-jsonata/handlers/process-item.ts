/**
 * The Lambda handler of task "ProcessItem" in workflow "OrderProcessingJsonata", run once per
 * order line by the Distributed Map (its event is the ItemSelector's {orderId, item}): takes the
 * line's quantity out of the available stock, in one conditional update, so two orders can
 * never both take the last unit.
 */
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocument } from "@aws-sdk/lib-dynamodb";
import { processItemEventSchema, type ProcessItemHandler } from "../OrderProcessingJsonata.contracts.js";
import { requiredEnvironment } from "./environment.js";

/** Not enough of the item is left: the order cannot be fulfilled. */
export class OutOfStock extends Error {
  override name = "OutOfStock";
}

/** The one DynamoDB call the handler makes; the SDK's DynamoDBDocument client has it. */
export interface InventoryWriter {
  update(request: {
    TableName: string;
    Key: Record<string, unknown>;
    UpdateExpression: string;
    ConditionExpression: string;
    ExpressionAttributeValues: Record<string, unknown>;
  }): Promise<unknown>;
}

export interface ProcessItemDependencies {
  readonly dynamoDb: InventoryWriter;
  readonly tableName: string;
}

export function createProcessItemHandler({ dynamoDb, tableName }: ProcessItemDependencies): ProcessItemHandler {
  return async (event) => {
    const { orderId, item } = processItemEventSchema.parse(event);
    try {
      await dynamoDb.update({
        TableName: tableName,
        Key: { sku: item.sku },
        UpdateExpression: "SET available = available - :quantity",
        ConditionExpression: "available >= :quantity",
        ExpressionAttributeValues: { ":quantity": item.quantity },
      });
    } catch (error) {
      if (error instanceof Error && error.name === "ConditionalCheckFailedException") {
        throw new OutOfStock(`order ${orderId}: fewer than ${item.quantity} of ${item.sku} left`);
      }
      throw error;
    }
    return { sku: item.sku, reserved: item.quantity };
  };
}

let processItem: ProcessItemHandler | undefined;

/** Built on first use, so importing the module (as the tests do) needs no AWS configuration. */
export const handler: ProcessItemHandler = (event) => {
  processItem ??= createProcessItemHandler({ dynamoDb: DynamoDBDocument.from(new DynamoDBClient({})), tableName: requiredEnvironment("INVENTORY_TABLE") });
  return processItem(event);
};
