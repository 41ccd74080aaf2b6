// Requests checked by the types: typed helpers with a ${Name} placeholder Resource stay typed;
// JSONata Arguments of typed integrations and the ItemReader/ResultWriter requests of typed S3
// resources are checked as the JSONPath Parameters are (required fields, unknown fields, literals).
import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import { workflow, dynamodb, lambda, s3, sns, states, type PayloadOf } from "@aslc/dsl";

const Input = z.object({ id: z.string(), bucket: z.string() });
const start = workflow("Requests", { input: Input });
const jsonataStart = workflow("Requests", { input: Input, queryLanguage: "JSONata" });
const distributed = { mode: "DISTRIBUTED", executionType: "STANDARD" } as const;

describe("placeholder resources", () => {
  test("a typed helper with a placeholder keeps its result type", () => {
    const wf = start.task("Get", { resource: dynamodb.getItem({ resource: "${DDBGetItem}" }), parameters: { TableName: "t", Key: { id: { "S.$": "$.id" } } }, resultPath: "$.got" });
    expectTypeOf<PayloadOf<typeof wf>["got"]>().toEqualTypeOf<{ Item?: Record<string, unknown>; ConsumedCapacity?: unknown }>();
  });

  test("and its request check", () => {
    // @ts-expect-error the Parameters lack the request field Key
    start.task("Get", { resource: dynamodb.getItem({ resource: "${DDBGetItem}" }), parameters: { TableName: "t" } });
  });

  test("the resource option takes a ${Name} placeholder only", () => {
    // @ts-expect-error Type '"arn:aws:states:::sns:publish"' is not assignable to type
    sns.publish({ resource: "arn:aws:states:::sns:publish" });
    lambda.invoke("${Fn}", { resource: "${LambdaInvoke}" });
    states.startExecution({ sync2: true, resource: "${StartSync}" });
  });
});

describe("JSONPath Parameters", () => {
  test("a field the request does not have", () => {
    // @ts-expect-error 'Tablename' is not a field of this request
    start.task("Put", { resource: dynamodb.putItem(), parameters: { TableName: "t", Item: {}, Tablename: "t" } });
  });

  test("a literal the field does not take", () => {
    // @ts-expect-error the request field cannot be 'EVERYTHING'
    start.task("Put", { resource: dynamodb.putItem(), parameters: { TableName: "t", Item: {}, ReturnValues: "EVERYTHING" } });
  });

  test("fields read at run time are taken", () => {
    start.task("Put", { resource: dynamodb.putItem(), parameters: { TableName: "t", "Item.$": "$", "ReturnValues.$": "$.id" } });
  });
});

describe("JSONata Arguments", () => {
  test("dynamodb.getItem without Key", () => {
    // @ts-expect-error the Arguments lack the request field Key
    jsonataStart.task("Get", { resource: dynamodb.getItem(), arguments: { TableName: "orders" } });
  });

  test("a field the request does not have", () => {
    // @ts-expect-error 'Subjekt' is not a field of this request
    jsonataStart.task("Notify", { resource: sns.publish(), arguments: { Message: "{% $states.input.id %}", Subjekt: "hi" } });
  });

  test("a complete request, expressions included, and a whole-expression request, which the types cannot see into", () => {
    jsonataStart.task("Get", { resource: dynamodb.getItem(), arguments: { TableName: "orders", Key: { id: { S: "{% $states.input.id %}" } } } });
    jsonataStart.task("Get", { resource: dynamodb.getItem(), arguments: "{% { 'TableName': 'orders' } %}" });
  });
});

describe("ItemReader and ResultWriter", () => {
  test("typed S3 resources take their requests", () => {
    start.map(
      "Each",
      {
        ...distributed,
        itemReader: { resource: s3.getObject(), readerConfig: { inputType: "JSON" }, parameters: { "Bucket.$": "$.bucket", Key: "items.json" } },
        resultWriter: { resource: s3.putObject({ resource: "${ResultsBucketWriter}" }), parameters: { Bucket: "out", Prefix: "runs" } },
      },
      (i) => i.pass("P"),
    );
  });

  test("a misspelt Bucket", () => {
    start.map(
      "Each",
      // @ts-expect-error 'Bukket' is not a field of this request
      { ...distributed, itemReader: { resource: s3.listObjectsV2(), parameters: { Bukket: "b" } } },
      (i) => i.pass("P"),
    );
  });

  test("a JSONata reader lacking Key", () => {
    jsonataStart.map(
      "Each",
      // @ts-expect-error the ItemReader Arguments lack the request field Key
      { ...distributed, itemReader: { resource: s3.getObject(), arguments: { Bucket: "{% $states.input.bucket %}" } } },
      (i) => i.pass("P"),
    );
  });

  test("a writer is not a reader, nor a Task's resource", () => {
    start.map(
      "Each",
      // @ts-expect-error Type '"ResultWriter"' is not assignable to type '"ItemReader"'
      { ...distributed, itemReader: { resource: s3.putObject(), parameters: { Bucket: "b" } } },
      (i) => i.pass("P"),
    );
    // @ts-expect-error is not assignable to type 'string | Integration<any, any, any>'
    start.task("Read", { resource: s3.getObject() });
  });
});
