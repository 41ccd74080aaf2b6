// lambda.invoke's payload: a template, a ref(…) to a value of the payload (`"Payload.$": "$.x"`),
// an intrinsic, or literal text; the function's event type is what the payload gives.
import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import { workflow, lambda, ref, States, type TaskHandlerEvent } from "@aslc/dsl";

const Input = z.object({ order: z.object({ id: z.string(), total: z.number() }), tags: z.array(z.string()) });
type Input = z.output<typeof Input>;
const start = workflow("Payloads", { input: Input });

describe("lambda.invoke payload", () => {
  test("ref(path) sends the value the path reads", () => {
    start.task("Charge", { resource: lambda.invoke("${ChargeArn}"), payload: ref("$.order") });
    type Options = { resource: ReturnType<typeof lambda.invoke>; payload: ReturnType<typeof ref<"$.order">> };
    expectTypeOf<TaskHandlerEvent<Input, Input, Options>>().toEqualTypeOf<{ id: string; total: number }>();
  });

  test("an intrinsic sends what it gives", () => {
    start.task("Count", { resource: lambda.invoke("${CountArn}"), payload: States.ArrayLength(ref("$.tags")) });
  });

  test("text that looks like a path is literal text, as Step Functions reads a key without .$", () => {
    start.task("Literal", { resource: lambda.invoke("${LiteralArn}"), payload: "$.order" });
    type Options = { resource: ReturnType<typeof lambda.invoke>; payload: "$.order" };
    expectTypeOf<TaskHandlerEvent<Input, Input, Options>>().toEqualTypeOf<"$.order">();
  });

  test("a ref to a field the payload lacks is an error on the payload", () => {
    // @ts-expect-error $.order has no field 'customer'
    start.task("Charge", { resource: lambda.invoke("${ChargeArn}"), payload: ref("$.order.customer") });
  });

  test("an intrinsic on the wrong kind of value is an error on the payload", () => {
    // @ts-expect-error States.ArrayLength needs an array, but $.order is an object
    start.task("Count", { resource: lambda.invoke("${CountArn}"), payload: States.ArrayLength(ref("$.order")) });
  });

  test("payload beside parameters is an error", () => {
    // @ts-expect-error give payload or parameters, not both
    start.task("Both", { resource: lambda.invoke("${BothArn}"), payload: ref("$.order"), parameters: { FunctionName: "f" } });
  });
});
