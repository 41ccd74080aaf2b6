/**
 * The types derived from the constant shapes' and the integrations' zod schemas are the types
 * the DSL wrote by hand before (kept here as the reference), with the generic parts (the
 * execution input, a Map's item, a handler's return value) filled in.
 */
import { describe, expectTypeOf, test } from "vitest";
import { dynamodb, ecs, events, lambda, sns, sqs, states, type ContextObject, type ErrorOutput, type Integration, type LambdaInvokeResult, type MapRunResult } from "@aslc/dsl";

interface Order {
  orderId: string;
}

describe("types derived from the constant shapes", () => {
  test("the context object, with the execution input and, in an ItemSelector, the item", () => {
    interface Fixed {
      State: { EnteredTime: string; Name: string; RetryCount: number };
      StateMachine: { Id: string; Name: string };
      Task: { Token: string };
    }
    // RedriveTime is set only once an execution was redriven (see test/dsl/shapes.test.ts).
    type Execution<I> = { Id: string; Input: I; Name: string; RoleArn: string; StartTime: string; RedriveCount: number; RedriveTime?: string };
    type Item<V> = { Index: number; Value: V; Key: string; Source: string };
    expectTypeOf<ContextObject<Order>["Execution"]>().toEqualTypeOf<Execution<Order>>();
    expectTypeOf<ContextObject<Order>["State"]>().toEqualTypeOf<Fixed["State"]>();
    expectTypeOf<ContextObject<Order>["StateMachine"]>().toEqualTypeOf<Fixed["StateMachine"]>();
    expectTypeOf<ContextObject<Order>["Task"]>().toEqualTypeOf<Fixed["Task"]>();
    expectTypeOf<keyof ContextObject<Order>>().toEqualTypeOf<"Execution" | "State" | "StateMachine" | "Task">();
    expectTypeOf<ContextObject<Order, { sku: string }>["Map"]>().toEqualTypeOf<{ Item: Item<{ sku: string }> }>();
    expectTypeOf<ContextObject<Order, { sku: string }>["Execution"]>().toEqualTypeOf<Execution<Order>>();
  });

  test("the lambda:invoke result around the handler's return value", () => {
    expectTypeOf<LambdaInvokeResult<Order>>().toEqualTypeOf<{
      Payload: Order;
      StatusCode: number;
      ExecutedVersion: string;
      SdkHttpMetadata: { AllHttpHeaders: Record<string, string[]>; HttpHeaders: Record<string, string>; HttpStatusCode: number };
      SdkResponseMetadata: { RequestId: string };
    }>();
  });

  test("the error output", () => {
    expectTypeOf<ErrorOutput>().toEqualTypeOf<{ Error: string; Cause: string }>();
  });

  test("the Map Run result", () => {
    expectTypeOf<MapRunResult>().toEqualTypeOf<{ MapRunArn: string; ResultWriterDetails: { Bucket: string; Key: string } }>();
  });
});

/** What an integration's type says its request and result are. */
type RequestOf<I> = I extends Integration<infer Request, any, any> ? Request : never;
type ResultOf<I> = I extends Integration<any, infer Result, any> ? Result : never;

const invoked = lambda.invoke("${CheckFunction}");
const published = sns.publish();
const sent = sqs.sendMessage();
const got = dynamodb.getItem();
const put = dynamodb.putItem();
const updated = dynamodb.updateItem();
const deleted = dynamodb.deleteItem();
const ran = ecs.runTask();
const started = states.startExecution();
const putEvents = events.putEvents();

describe("types derived from the integration descriptors", () => {
  type Item = Record<string, unknown>;
  interface TableRequest {
    TableName: string;
    ConditionExpression?: string;
    ExpressionAttributeNames?: Record<string, string>;
    ExpressionAttributeValues?: Item;
    ReturnConsumedCapacity?: "INDEXES" | "TOTAL" | "NONE";
    ReturnValues?: "NONE" | "ALL_OLD" | "UPDATED_OLD" | "ALL_NEW" | "UPDATED_NEW";
  }
  type WriteResult = { Attributes?: Item; ConsumedCapacity?: unknown };
  /** The hand-written requests were intersections; expectTypeOf tells those from one object type. */
  type Flat<T> = { [K in keyof T]: T[K] };

  test("lambda.invoke", () => {
    expectTypeOf<RequestOf<typeof invoked>>().toEqualTypeOf<{
      FunctionName: string;
      Payload?: unknown;
      InvocationType?: "RequestResponse" | "Event" | "DryRun";
      Qualifier?: string;
      ClientContext?: string;
      LogType?: "None" | "Tail";
    }>();
  });

  test("sns.publish and sqs.sendMessage", () => {
    expectTypeOf<RequestOf<typeof published>>().toEqualTypeOf<{
      TopicArn?: string;
      TargetArn?: string;
      PhoneNumber?: string;
      Message: unknown;
      Subject?: string;
      MessageAttributes?: Record<string, unknown>;
      MessageStructure?: string;
      MessageGroupId?: string;
      MessageDeduplicationId?: string;
    }>();
    expectTypeOf<ResultOf<typeof published>>().toEqualTypeOf<{ MessageId: string; SequenceNumber?: string }>();
    expectTypeOf<RequestOf<typeof sent>>().toEqualTypeOf<{
      QueueUrl: string;
      MessageBody: unknown;
      DelaySeconds?: number;
      MessageAttributes?: Record<string, unknown>;
      MessageDeduplicationId?: string;
      MessageGroupId?: string;
    }>();
    expectTypeOf<ResultOf<typeof sent>>().toEqualTypeOf<{ MessageId: string; MD5OfMessageBody: string; SequenceNumber?: string }>();
  });

  test("dynamodb", () => {
    expectTypeOf<RequestOf<typeof got>>().toEqualTypeOf<{
      TableName: string;
      Key: Item;
      ProjectionExpression?: string;
      ConsistentRead?: boolean;
      ExpressionAttributeNames?: Record<string, string>;
    }>();
    expectTypeOf<ResultOf<typeof got>>().toEqualTypeOf<{ Item?: Item; ConsumedCapacity?: unknown }>();
    expectTypeOf<RequestOf<typeof put>>().toEqualTypeOf<Flat<TableRequest & { Item: Item }>>();
    expectTypeOf<RequestOf<typeof updated>>().toEqualTypeOf<Flat<TableRequest & { Key: Item; UpdateExpression?: string }>>();
    expectTypeOf<RequestOf<typeof deleted>>().toEqualTypeOf<Flat<TableRequest & { Key: Item }>>();
    expectTypeOf<ResultOf<typeof put>>().toEqualTypeOf<WriteResult>();
    expectTypeOf<ResultOf<typeof updated>>().toEqualTypeOf<WriteResult>();
    expectTypeOf<ResultOf<typeof deleted>>().toEqualTypeOf<WriteResult>();
  });

  test("ecs.runTask, states.startExecution and events.putEvents", () => {
    expectTypeOf<RequestOf<typeof ran>>().toEqualTypeOf<{
      TaskDefinition: string;
      Cluster?: string;
      LaunchType?: "EC2" | "FARGATE" | "EXTERNAL";
      Count?: number;
      Group?: string;
      NetworkConfiguration?: Record<string, unknown>;
      Overrides?: Record<string, unknown>;
      PlatformVersion?: string;
      StartedBy?: string;
      Tags?: { Key: string; Value: string }[];
      [field: string]: unknown;
    }>();
    expectTypeOf<ResultOf<typeof ran>>().toEqualTypeOf<{ Tasks: unknown[]; Failures: unknown[] }>();
    expectTypeOf<RequestOf<typeof started>>().toEqualTypeOf<{ StateMachineArn: string; Input?: unknown; Name?: string; TraceHeader?: string }>();
    expectTypeOf<ResultOf<typeof started>>().toEqualTypeOf<{ ExecutionArn: string; StartDate: string }>();
    expectTypeOf<RequestOf<typeof putEvents>>().toEqualTypeOf<{
      Entries: { Detail: unknown; DetailType: string; Source: string; EventBusName?: string; Resources?: string[]; Time?: string }[];
    }>();
    expectTypeOf<ResultOf<typeof putEvents>>().toEqualTypeOf<{
      Entries: { EventId?: string; ErrorCode?: string; ErrorMessage?: string }[];
      FailedEntryCount: number;
    }>();
  });
});
