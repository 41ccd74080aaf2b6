/**
 * The types derived from the constant shapes' zod schemas are the types the DSL wrote by hand
 * before (kept here as the reference), with the generic parts (the execution input, a Map's
 * item, a handler's return value) filled in.
 */
import { describe, expectTypeOf, test } from "vitest";
import type { ContextObject, ErrorOutput, LambdaInvokeResult, MapRunResult } from "@aslc/dsl";

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
