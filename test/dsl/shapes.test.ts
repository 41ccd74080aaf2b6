/**
 * The constant shapes Step Functions hands a state accept what AWS documents them to be. Each
 * case is the example of the AWS page cited beside it.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { contextObjectSchema, errorOutputSchema, lambdaInvokeResultSchema, mapRunResultSchema } from "@aslc/dsl";

describe("constant shapes accept AWS's documented examples", () => {
  // https://docs.aws.amazon.com/step-functions/latest/dg/input-output-contextobject.html
  // ("RedriveCount is 0 if you've not yet redriven an execution … RedriveTime is only
  // available if you've redriven an execution")
  const context = {
    Execution: {
      Id: "arn:aws:states:us-east-1:123456789012:execution:stateMachineName:executionName",
      Input: { key: "value" },
      Name: "executionName",
      RoleArn: "arn:aws:iam::123456789012:role...",
      StartTime: "2019-03-26T20:14:13.192Z",
      RedriveCount: 0,
    },
    State: { EnteredTime: "2019-03-26T20:14:13.192Z", Name: "Test", RetryCount: 3 },
    StateMachine: { Id: "arn:aws:states:us-east-1:123456789012:stateMachine:stateMachineName", Name: "stateMachineName" },
    Task: { Token: "h7XRiCdLtd/83p1E0dMccoxlzFhglsdkzpK9mBVKZsp7d9yrT1W" },
  };

  it("the context object, whose Execution.Input is the workflow's input", () => {
    const schema = contextObjectSchema(z.object({ key: z.string() }));
    expect(schema.safeParse(context).success).toBe(true);
    expect(schema.safeParse({ ...context, Execution: { ...context.Execution, RedriveCount: 1, RedriveTime: "2023-11-21T15:12:03.190Z" } }).success).toBe(true);
    expect(schema.safeParse({ ...context, Execution: { ...context.Execution, Input: { key: 1 } } }).success).toBe(false);
    expect(schema.safeParse({ ...context, Task: {} }).success).toBe(false);
  });

  it("the context object in a Map's ItemSelector, whose Map.Item.Value is the item", () => {
    const item = { Index: 0, Value: { sku: "a-1" }, Key: "0", Source: "arn:aws:s3:::amzn-s3-demo-bucket/items.json" };
    const schema = contextObjectSchema(z.object({ key: z.string() }), z.object({ sku: z.string() }));
    expect(schema.safeParse({ ...context, Map: { Item: item } }).success).toBe(true);
    expect(schema.safeParse({ ...context, Map: { Item: { ...item, Value: { sku: 1 } } } }).success).toBe(false);
    expect(contextObjectSchema(z.unknown()).safeParse({ ...context, Map: { Item: item } }).success).toBe(true);
  });

  it("the lambda:invoke result around the handler's return value", () => {
    // https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html
    const response = {
      ExecutedVersion: "$LATEST",
      Payload: "foo",
      SdkHttpMetadata: {
        AllHttpHeaders: {
          "X-Amz-Executed-Version": ["$LATEST"],
          "x-amzn-Remapped-Content-Length": ["0"],
          Connection: ["keep-alive"],
          "x-amzn-RequestId": ["6b3e18fa-f8f4-4fe1-b5a9-3a1c5f9d1a2b"],
          "Content-Length": ["5"],
          Date: ["Sun, 04 Oct 2020 17:52:41 GMT"],
          "Content-Type": ["application/json"],
        },
        HttpHeaders: {
          Connection: "keep-alive",
          "Content-Length": "5",
          "Content-Type": "application/json",
          Date: "Sun, 04 Oct 2020 17:52:41 GMT",
          "X-Amz-Executed-Version": "$LATEST",
          "x-amzn-Remapped-Content-Length": "0",
          "x-amzn-RequestId": "6b3e18fa-f8f4-4fe1-b5a9-3a1c5f9d1a2b",
        },
        HttpStatusCode: 200,
      },
      SdkResponseMetadata: { RequestId: "6b3e18fa-f8f4-4fe1-b5a9-3a1c5f9d1a2b" },
      StatusCode: 200,
    };
    expect(lambdaInvokeResultSchema(z.string()).safeParse(response).success).toBe(true);
    expect(lambdaInvokeResultSchema(z.number()).safeParse(response).success).toBe(false);
    expect(lambdaInvokeResultSchema(z.string()).safeParse({ Payload: "foo" }).success).toBe(false);
  });

  it("the error output a Catch hands on", () => {
    // https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html
    const output = { Error: "CustomError", Cause: '{"errorMessage":"This is a custom error!","errorType":"CustomError"}' };
    expect(errorOutputSchema.safeParse(output).success).toBe(true);
    expect(errorOutputSchema.safeParse({ Error: "CustomError" }).success).toBe(false);
  });

  it("the Map Run result of a Distributed Map whose ResultWriter stores its results", () => {
    // https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultwriter.html
    const result = {
      MapRunArn: "arn:aws:states:us-east-1:123456789012:mapRun:csvProcess/Map:ad9b5f27-090b-3ac6-9beb-243cd77144a7",
      ResultWriterDetails: { Bucket: "amzn-s3-demo-destination-bucket", Key: "csvProcessJobs/ad9b5f27-090b-3ac6-9beb-243cd77144a7/manifest.json" },
    };
    expect(mapRunResultSchema.safeParse(result).success).toBe(true);
    expect(mapRunResultSchema.safeParse({ MapRunArn: result.MapRunArn }).success).toBe(false);
  });
});
