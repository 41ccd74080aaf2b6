/**
 * The Lambda handler of task "PlaceOrder" in workflow "PlaceOrder": records the order in the
 * orders table under a newly generated id.
 */
import { randomUUID } from "node:crypto";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocument } from "@aws-sdk/lib-dynamodb";
import { placeOrderEventSchema, type PlaceOrderHandler } from "../PlaceOrder.contracts.js";
import { requiredEnvironment } from "./environment.js";

/** The one DynamoDB call the handler makes; the SDK's DynamoDBDocument client has it. */
export interface OrderWriter {
  put(request: { TableName: string; Item: Record<string, unknown>; ConditionExpression?: string }): Promise<unknown>;
}

export interface PlaceOrderDependencies {
  readonly dynamoDb: OrderWriter;
  readonly tableName: string;
  readonly newOrderId?: () => string;
}

export function createPlaceOrderHandler({ dynamoDb, tableName, newOrderId = randomUUID }: PlaceOrderDependencies): PlaceOrderHandler {
  return async (event) => {
    const { message, available } = placeOrderEventSchema.parse(event);
    const orderId = newOrderId();
    await dynamoDb.put({
      TableName: tableName,
      Item: { customer_id: message.customerId, order_id: orderId, item_name: message.itemName },
      // Ids are fresh, so this never fires in practice; if one ever repeats, the put fails
      // instead of silently replacing another order.
      ConditionExpression: "attribute_not_exists(order_id)",
    });
    return { message, order_id: orderId, available };
  };
}

let placeOrder: PlaceOrderHandler | undefined;

/** Built on first use, so importing the module (as the tests do) needs no AWS configuration. */
export const handler: PlaceOrderHandler = (event) => {
  placeOrder ??= createPlaceOrderHandler({
    dynamoDb: DynamoDBDocument.from(new DynamoDBClient({})),
    tableName: requiredEnvironment("ORDERS_TABLE"),
  });
  return placeOrder(event);
};
