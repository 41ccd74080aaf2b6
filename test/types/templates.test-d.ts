// Payload templates: `.$` fields, ref() values, literals and nesting, checked on the property
// that holds a bad path.
import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import { workflow, ref, States, type PayloadOf, type TemplateOut, type ContextObject } from "@aslc/dsl";

const Input = z.object({
  orderId: z.string(),
  total: z.number(),
  customer: z.object({ name: z.string(), vip: z.boolean() }),
  items: z.array(z.object({ sku: z.string(), qty: z.number() })),
});
type Input = z.output<typeof Input>;

const start = workflow("Templates", { input: Input });

describe("Parameters that is not an object", () => {
  test("is the effective input as written, as Step Functions takes any JSON value there", () => {
    const text = start.pass("P", { parameters: "I'm a parameter!" });
    const number = start.pass("P", { parameters: 5 });
    const nothing = start.pass("P", { parameters: null });
    const list = start.pass("P", { parameters: [{ "id.$": "$.orderId" }, 1] });
    expectTypeOf<PayloadOf<typeof text>>().toEqualTypeOf<"I'm a parameter!">();
    expectTypeOf<PayloadOf<typeof number>>().toEqualTypeOf<5>();
    expectTypeOf<PayloadOf<typeof nothing>>().toEqualTypeOf<null>();
    expectTypeOf<PayloadOf<typeof list>>().toEqualTypeOf<[{ id: string }, 1]>();
  });

  test("a Map's Parameters text is what each iteration receives; text is no path", () => {
    start.map("M", { itemsPath: "$.items", parameters: "$.foo", processorField: "Iterator" }, (item) => {
      const kept = item.pass("Keep");
      expectTypeOf<PayloadOf<typeof kept>>().toEqualTypeOf<"$.foo">();
      return kept;
    });
  });

  test("a ResultSelector is still an object", () => {
    start.task("T", {
      resource: "arn:aws:states:us-east-1:123456789012:activity:a",
      // @ts-expect-error Type 'string' is not assignable to type 'Template | undefined'
      resultSelector: "text",
    });
  });
});

describe("template output", () => {
  test("`.$` fields drop the suffix and take the path's type", () => {
    const wf = start.pass("P", { parameters: { "id.$": "$.orderId", "vip.$": "$.customer.vip" } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ id: string; vip: boolean }>();
  });

  test("ref() values take the path's type under the key as written", () => {
    const wf = start.pass("P", { parameters: { id: ref("$.orderId"), skus: ref("$.items[*].sku"), all: ref("$") } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ id: string; skus: string[]; all: Input }>();
  });

  test("literals keep their literal types, nested objects are templates too", () => {
    const wf = start.pass("P", {
      parameters: {
        status: "received",
        attempt: 1,
        urgent: false,
        nothing: null,
        customer: { "name.$": "$.customer.name", tier: "gold" },
      },
    });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{
      status: "received";
      attempt: 1;
      urgent: false;
      nothing: null;
      customer: { name: string; tier: "gold" };
    }>();
  });

  test("arrays become tuples of their elements' values", () => {
    const wf = start.pass("P", { parameters: { pair: [ref("$.orderId"), ref("$.total"), "x"] } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ pair: [string, number, "x"] }>();
  });

  test("context paths in `.$` fields and ref()", () => {
    const wf = start.pass("P", { parameters: { "execution.$": "$$.Execution.Id", startedAt: ref("$$.Execution.StartTime") } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ execution: string; startedAt: string }>();
  });

  test("a `.$` field holding an intrinsic written as text is typed as the helper is", () => {
    const wf = start.pass("P", { parameters: { "raw.$": "States.UUID()", typed: States.UUID() } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ raw: string; typed: string }>();
  });

  test("a `.$` field may hold a ref()", () => {
    const wf = start.pass("P", { parameters: { "total.$": ref("$.total") } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ total: number }>();
  });

  test("TemplateOut computes the same object directly", () => {
    type Out = TemplateOut<Input, ContextObject<Input>, { readonly "first.$": "$.items[0]"; readonly n: 1 }>;
    expectTypeOf<Out>().toEqualTypeOf<{ first: { sku: string; qty: number }; n: 1 }>();
  });
});

describe("template errors", () => {
  test("a `.$` field with a missing path", () => {
    start.pass("P", {
      parameters: {
        // @ts-expect-error $ has no field 'orderID'
        "id.$": "$.orderID",
      },
    });
  });

  test("a ref() with a missing path", () => {
    start.pass("P", {
      parameters: {
        // @ts-expect-error $.customer has no field 'email'
        email: ref("$.customer.email"),
      },
    });
  });

  test("a bad path deep in a nested object", () => {
    start.pass("P", {
      parameters: {
        order: {
          summary: {
            // @ts-expect-error $.items[0] has no field 'price'
            "price.$": "$.items[0].price",
          },
        },
      },
    });
  });

  test("a bad path inside an array", () => {
    start.pass("P", {
      parameters: {
        pair: [
          ref("$.orderId"),
          // @ts-expect-error $ has no field 'count'
          ref("$.count"),
        ],
      },
    });
  });

  test("a `.$` field whose value is not a string", () => {
    start.pass("P", {
      parameters: {
        // @ts-expect-error a field whose name ends in .$ takes a path or an intrinsic function as a string
        "count.$": 3,
      },
    });
  });

  test("a `.$` field whose value is not a path", () => {
    start.pass("P", {
      parameters: {
        // @ts-expect-error 'orderId' is not a path: a path starts with '$.', '$$.' or is '$'
        "id.$": "orderId",
      },
    });
  });

  test("a template checked against the effective input, after InputPath", () => {
    start.pass("P", {
      inputPath: "$.customer",
      parameters: {
        // @ts-expect-error $ has no field 'orderId'
        "id.$": "$.orderId",
      },
    });
  });
});
