// `unchecked(…)`: a JSONPath read the types leave unchecked, accepted wherever a path goes and
// read as unknown; the same text written as a plain string is checked (and refused) as before.
import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import { lambda, unchecked, workflow, type PayloadOf } from "@aslc/dsl";

const Input = z.object({ orderId: z.string(), items: z.array(z.number()), label: z.string() });
const start = workflow("Unchecked", { input: Input });

describe("unchecked(…) where a path goes", () => {
  test("inputPath and outputPath take it, and what follows is unknown", () => {
    const input = start.pass("In", { inputPath: unchecked("$.missing") });
    expectTypeOf<PayloadOf<typeof input>>().toEqualTypeOf<unknown>();
    const output = start.task("Invoke", { resource: lambda.invoke("fn"), outputPath: unchecked("$.batch_input") });
    expectTypeOf<PayloadOf<typeof output>>().toEqualTypeOf<unknown>();
  });

  test("the plain string of the same read is refused", () => {
    start.task("Invoke", {
      resource: lambda.invoke("fn"),
      // @ts-expect-error $ has no field 'batch_input'
      outputPath: "$.batch_input",
    });
  });

  test("a template value takes it, as a .$ field or a plain key, and reads unknown", () => {
    const wf = start.pass("P", { parameters: { "a.$": unchecked("$$.z"), b: unchecked("$.nope"), "id.$": "$.orderId" } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ a: unknown; b: unknown; id: string }>();
    start.pass("P", {
      // @ts-expect-error $$ has no field 'z'
      parameters: { "a.$": "$$.z" },
    });
  });

  test("an intrinsic reading an unassigned variable is taken", () => {
    const wf = start.pass("P", { parameters: { "s.$": unchecked("States.Format('{}', $field2)") } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ s: unknown }>();
  });

  test("itemsPath and the Map's number paths take it", () => {
    start.map("M", { itemsPath: unchecked("$.label"), maxConcurrencyPath: unchecked("$.label"), toleratedFailurePercentagePath: unchecked("$.label") }, (item) => {
      expectTypeOf<PayloadOf<typeof item>>().toEqualTypeOf<unknown>();
      return item.succeed("Done");
    });
    start.map(
      "M",
      {
        // @ts-expect-error ItemsPath
        itemsPath: "$.label",
      },
      (item) => item.succeed("Done"),
    );
    start.map(
      "M",
      {
        itemsPath: "$.items",
        // @ts-expect-error MaxConcurrencyPath
        maxConcurrencyPath: "$.label",
      },
      (item) => item.succeed("Done"),
    );
  });

  test("the Wait's and Fail's paths take it", () => {
    start.wait("W", { secondsPath: unchecked("$.label") });
    start.fail("F", { errorPath: unchecked("$$.nope"), causePath: unchecked("$.nope") });
  });

  test("text that is neither a path nor an intrinsic is not a read", () => {
    // @ts-expect-error not assignable
    unchecked(3);
  });
});
