/** Amazon DynamoDB: https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html */
import { z } from "zod";
import { describeIntegration } from "./descriptor.ts";
import { describedIntegration, type Integration } from "./integration.ts";
import type { Placeholder } from "./pattern-options.ts";

/** DynamoDB's attribute value encoding. */
export type AttributeValue =
  | { S: string }
  | { N: string }
  | { B: string }
  | { BOOL: boolean }
  | { NULL: boolean }
  | { SS: string[] }
  | { NS: string[] }
  | { BS: string[] }
  | { L: AttributeValue[] }
  | { M: Record<string, AttributeValue> };

const item = z.record(z.string(), z.unknown());

/** The fields every write takes. */
const tableRequest = z.object({
  TableName: z.string(),
  ConditionExpression: z.string().optional(),
  ExpressionAttributeNames: z.record(z.string(), z.string()).optional(),
  ExpressionAttributeValues: item.optional(),
  ReturnConsumedCapacity: z.enum(["INDEXES", "TOTAL", "NONE"]).optional(),
  ReturnValues: z.enum(["NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"]).optional(),
});

/** What every write returns. */
const writeResult = z.object({ Attributes: item.optional(), ConsumedCapacity: z.unknown().optional() });

export const dynamodbGetItem = describeIntegration({
  service: "dynamodb",
  action: "getItem",
  request: z.object({
    TableName: z.string(),
    Key: item,
    ProjectionExpression: z.string().optional(),
    ConsistentRead: z.boolean().optional(),
    ExpressionAttributeNames: z.record(z.string(), z.string()).optional(),
  }),
  results: { "request-response": z.object({ Item: item.optional(), ConsumedCapacity: z.unknown().optional() }) },
});

export const dynamodbPutItem = describeIntegration({
  service: "dynamodb",
  action: "putItem",
  request: tableRequest.extend({ Item: item }),
  results: { "request-response": writeResult },
});

export const dynamodbUpdateItem = describeIntegration({
  service: "dynamodb",
  action: "updateItem",
  request: tableRequest.extend({ Key: item, UpdateExpression: z.string().optional() }),
  results: { "request-response": writeResult },
});

export const dynamodbDeleteItem = describeIntegration({
  service: "dynamodb",
  action: "deleteItem",
  request: tableRequest.extend({ Key: item }),
  results: { "request-response": writeResult },
});

export interface DynamoDbGetItemRequest extends z.input<typeof dynamodbGetItem.request> {}
export interface DynamoDbGetItemResult extends z.input<(typeof dynamodbGetItem.results)["request-response"]> {}
export interface DynamoDbPutItemRequest extends z.input<typeof dynamodbPutItem.request> {}
export interface DynamoDbUpdateItemRequest extends z.input<typeof dynamodbUpdateItem.request> {}
export interface DynamoDbDeleteItemRequest extends z.input<typeof dynamodbDeleteItem.request> {}
export interface DynamoDbWriteResult extends z.input<typeof writeResult> {}

export const dynamodb = {
  putItem(options: Placeholder = {}): Integration<DynamoDbPutItemRequest, DynamoDbWriteResult> {
    return describedIntegration(dynamodbPutItem, "request-response", undefined, options.resource);
  },
  getItem(options: Placeholder = {}): Integration<DynamoDbGetItemRequest, DynamoDbGetItemResult> {
    return describedIntegration(dynamodbGetItem, "request-response", undefined, options.resource);
  },
  updateItem(options: Placeholder = {}): Integration<DynamoDbUpdateItemRequest, DynamoDbWriteResult> {
    return describedIntegration(dynamodbUpdateItem, "request-response", undefined, options.resource);
  },
  deleteItem(options: Placeholder = {}): Integration<DynamoDbDeleteItemRequest, DynamoDbWriteResult> {
    return describedIntegration(dynamodbDeleteItem, "request-response", undefined, options.resource);
  },
} as const;
