/** dynamodb putItem, updateItem and getItem, every request read from the input, each response kept beside it. */
import { z } from "zod";
import { dynamodb, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const Attribute = z.object({ S: z.string() });
const Input = z.object({
  TableName: z.string(),
  Item: z.object({ id: Attribute, data: Attribute }),
  Key: z.object({ id: Attribute }),
  UpdateExpression: z.string(),
  ExpressionAttributeValues: z.record(z.string(), Attribute),
});

export const dynamodbPutUpdateGet: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_services_statemachines_dynamodb_put_update_get_item.json",
  workflow: workflow("DynamodbPutUpdateGet", { input: Input, comment: "DYNAMODB_PUT_UPDATE_GET_ITEM" })
    .task("PutItem", { resource: dynamodb.putItem(), parameters: { "TableName.$": "$.TableName", "Item.$": "$.Item" }, resultPath: "$.putItemOutput" })
    .task("UpdateItem", {
      resource: dynamodb.updateItem(),
      resultPath: "$.updateItemOutput",
      parameters: {
        "TableName.$": "$.TableName",
        "Key.$": "$.Key",
        "UpdateExpression.$": "$.UpdateExpression",
        "ExpressionAttributeValues.$": "$.ExpressionAttributeValues",
        ReturnValues: "UPDATED_NEW",
      },
    })
    .task("GetItem", { resource: dynamodb.getItem(), resultPath: "$.getItemOutput", parameters: { "TableName.$": "$.TableName", "Key.$": "$.Key" } }),
};
