// Paths are read segment by segment against the payload type at the state that uses them.
import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import { workflow, ref, type At, type PayloadOf, type SetAt } from "@aslc/dsl";

const Order = z.object({
  orderId: z.string(),
  total: z.number(),
  note: z.string().optional(),
  customer: z.object({
    name: z.string(),
    address: z.object({ city: z.string() }).optional(),
  }),
  items: z.array(z.object({ sku: z.string(), price: z.number(), tags: z.array(z.string()) })),
  pair: z.tuple([z.string(), z.number()]),
  counts: z.record(z.string(), z.number()),
});
type Order = z.output<typeof Order>;
type Item = Order["items"][number];

const start = workflow("Paths", { input: Order });

describe("paths that resolve", () => {
  test("$ is the whole payload", () => {
    const wf = start.pass("Whole", { inputPath: "$" });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<Order>();
  });

  test("whitespace that ends a path is not part of it, as Step Functions reads it", () => {
    const name = start.pass("Name", { inputPath: "$.customer.name " });
    const copy = start.pass("Copy", { inputPath: "$.total", resultPath: "$.copy\t" });
    expectTypeOf<PayloadOf<typeof name>>().toEqualTypeOf<string>();
    expectTypeOf<At<PayloadOf<typeof copy>, "$.copy">>().toEqualTypeOf<number>();
    start.choice("Big?", (c) => c.when(c.numericGreaterThan("$.total ", 100), (b) => b.succeed("Big")).otherwise((b) => b.succeed("Small")));
  });

  test("a nested field", () => {
    const wf = start.pass("Name", { inputPath: "$.customer.name" });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<string>();
  });

  test("an array element by index, and a field of it", () => {
    const element = start.pass("First", { inputPath: "$.items[0]" });
    const price = start.pass("FirstPrice", { inputPath: "$.items[0].price" });
    expectTypeOf<PayloadOf<typeof element>>().toEqualTypeOf<Item>();
    expectTypeOf<PayloadOf<typeof price>>().toEqualTypeOf<number>();
  });

  test("a wildcard collects one field of every element", () => {
    const wf = start.pass("Prices", { inputPath: "$.items[*].price" });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<number[]>();
  });

  test("nested wildcards give one flat list, as JSONPath does", () => {
    const flat = start.pass("AllTags", { inputPath: "$.items[*].tags[*]" });
    const lists = start.pass("TagLists", { inputPath: "$.items[*].tags" });
    expectTypeOf<PayloadOf<typeof flat>>().toEqualTypeOf<string[]>();
    expectTypeOf<PayloadOf<typeof lists>>().toEqualTypeOf<string[][]>();
  });

  test("optional fields, and fields under an optional object, may be undefined", () => {
    const note = start.pass("Note", { inputPath: "$.note" });
    const city = start.pass("City", { inputPath: "$.customer.address.city" });
    expectTypeOf<PayloadOf<typeof note>>().toEqualTypeOf<string | undefined>();
    expectTypeOf<PayloadOf<typeof city>>().toEqualTypeOf<string | undefined>();
  });

  test("tuple positions and record keys", () => {
    expectTypeOf<At<Order, "$.pair[0]">>().toEqualTypeOf<string>();
    expectTypeOf<At<Order, "$.pair[1]">>().toEqualTypeOf<number>();
    expectTypeOf<At<Order, "$.counts.anyKey">>().toEqualTypeOf<number>();
  });

  test("record keys and pattern keys in the payload a chain carries", () => {
    const Tagged = z.object({ ids: z.record(z.templateLiteral([z.string(), "-id"]), z.number()), counts: z.record(z.string(), z.number()) });
    const tagged = workflow("Tagged", { input: Tagged });
    const count = tagged.pass("Count", { inputPath: "$.counts.anyKey" });
    const id = tagged.pass("Id", { inputPath: "$.ids.order-id" });
    expectTypeOf<PayloadOf<typeof count>>().toEqualTypeOf<number>();
    expectTypeOf<PayloadOf<typeof id>>().toEqualTypeOf<number>();
  });

  test("indexes on the root, followed by fields", () => {
    type Results = [{ id: string }, { count: number }];
    expectTypeOf<At<Results, "$[0].id">>().toEqualTypeOf<string>();
    expectTypeOf<At<Results, "$[1].count">>().toEqualTypeOf<number>();
    expectTypeOf<At<{ id: string }[], "$[*].id">>().toEqualTypeOf<string[]>();
  });

  test("filter paths are left to the compiler", () => {
    expectTypeOf<At<Order, "$.items[?(@.price > 10)]">>().toEqualTypeOf<unknown>();
  });

  test("context paths read the context object", () => {
    const wf = start.pass("Context", {
      parameters: {
        "input.$": "$$.Execution.Input",
        "id.$": "$$.Execution.Input.orderId",
        token: ref("$$.Task.Token"),
        entered: ref("$$.State.EnteredTime"),
        retries: ref("$$.State.RetryCount"),
      },
    });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ input: Order; id: string; token: string; entered: string; retries: number }>();
  });
});

describe("paths that do not resolve", () => {
  test("a missing field", () => {
    start.pass("P", {
      // @ts-expect-error $ has no field 'nope'
      inputPath: "$.nope",
    });
  });

  test("a missing nested field", () => {
    start.pass("P", {
      // @ts-expect-error $.customer has no field 'email'
      inputPath: "$.customer.email",
    });
  });

  test("a missing field under an optional object", () => {
    start.pass("P", {
      // @ts-expect-error $.customer.address has no field 'zip'
      inputPath: "$.customer.address.zip",
    });
  });

  test("a field read from an array without an index", () => {
    start.pass("P", {
      // @ts-expect-error $.items is an array: select an element with $.items[0] before reading 'sku'
      inputPath: "$.items.sku",
    });
  });

  test("a missing field after a wildcard", () => {
    start.pass("P", {
      // @ts-expect-error $.items[*] has no field 'colour'
      inputPath: "$.items[*].colour",
    });
  });

  test("an index on a string", () => {
    start.pass("P", {
      // @ts-expect-error $.orderId is a string, so it cannot be indexed with [0]
      inputPath: "$.orderId[0]",
    });
  });

  test("a field of a number", () => {
    start.pass("P", {
      // @ts-expect-error $.total is a number, so it has no field 'amount'
      inputPath: "$.total.amount",
    });
  });

  test("a tuple index out of range", () => {
    start.pass("P", {
      // @ts-expect-error $.pair has 2 elements, so [2] is out of range
      inputPath: "$.pair[2]",
    });
  });

  test("a string that is not a path", () => {
    start.pass("P", {
      // @ts-expect-error 'orderId' is not a path: a path starts with '$.' (or is '$')
      inputPath: "orderId",
    });
  });

  test("a missing context field", () => {
    start.pass("P", {
      parameters: {
        // @ts-expect-error $$.Execution has no field 'Owner'
        "owner.$": "$$.Execution.Owner",
      },
    });
  });

  test("$$ without a dot is not a context path", () => {
    start.pass("P", {
      parameters: {
        // @ts-expect-error '$$Execution.Id' is not a context path: write $$.Execution.Id, $$.Task.Token, …
        "id.$": "$$Execution.Id",
      },
    });
  });

  test("$$.Map exists only in a Map's ItemSelector", () => {
    start.pass("P", {
      parameters: {
        // @ts-expect-error $$ has no field 'Map'
        item: ref("$$.Map.Item.Value"),
      },
    });
  });

  test("an outputPath is read against the state's output", () => {
    start.pass("P", {
      result: { ok: true },
      resultPath: "$.check",
      // @ts-expect-error $.check has no field 'status'
      outputPath: "$.check.status",
    });
  });
});

describe("fields looked up and written", () => {
  type Counts = Record<string, number>;

  test("a field is read from an object that also has an index signature, and the index signature for any other name", () => {
    type Mixed = { total: string } & Counts;
    expectTypeOf<At<Mixed, "$.total">>().toEqualTypeOf<string>();
    expectTypeOf<At<Mixed, "$.other">>().toEqualTypeOf<number>();
  });

  test("a write replaces the field that is there, adds one that is not, and keeps the others", () => {
    expectTypeOf<SetAt<{ a: string; b: number }, "$.a", boolean>>().toEqualTypeOf<{ a: boolean; b: number }>();
    expectTypeOf<SetAt<{ a: string; b?: number }, "$.b", boolean>>().toEqualTypeOf<{ a: string; b: boolean }>();
    expectTypeOf<SetAt<{ a: string }, "$.c", boolean>>().toEqualTypeOf<{ a: string; c: boolean }>();
  });

  test("a nested write goes into the object that is there, or creates it", () => {
    expectTypeOf<SetAt<{ a: { b: string } }, "$.a.c", number>>().toEqualTypeOf<{ a: { b: string; c: number } }>();
    expectTypeOf<SetAt<{ a: string }, "$.x.y", number>>().toEqualTypeOf<{ a: string; x: { y: number } }>();
  });
});
