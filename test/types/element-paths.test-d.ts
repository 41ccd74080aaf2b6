// Paths into arrays and objects as Step Functions' JSONPath (Jayway) reads them: an element of an
// array whose length is not fixed may be absent, so IsPresent may test it; `[*]` and `.*` on an
// object give the object's values.
import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import { workflow, type At, type ChoiceCondition, type PayloadOf } from "@aslc/dsl";

const Input = z.object({
  list: z.array(z.string()),
  r: z.object({ items: z.array(z.object({ name: z.string() })) }),
  pair: z.tuple([z.string(), z.number()]),
  pets: z.object({ cat: z.object({ age: z.number() }), dog: z.object({ age: z.number() }) }),
  counts: z.record(z.string(), z.number()),
  total: z.number(),
});
type Input = z.output<typeof Input>;

const start = workflow("Elements", { input: Input });

describe("IsPresent and IsNull on an array element", () => {
  test("an element of an array whose length is not fixed may be absent", () => {
    start.choice("C", (c) => {
      expectTypeOf(c.isPresent("$.list[0]", true)).toEqualTypeOf<ChoiceCondition>();
      expectTypeOf(c.isPresent("$.r.items[0].name")).toEqualTypeOf<ChoiceCondition>();
      expectTypeOf(c.isPresent("$.r.items[2]", false)).toEqualTypeOf<ChoiceCondition>();
      expectTypeOf(c.isNull("$.list[0]", true)).toEqualTypeOf<ChoiceCondition>();
      expectTypeOf(c.isNull("$.r.items[0].name")).toEqualTypeOf<ChoiceCondition>();
      return c.when(c.isPresent("$.list[0]"), (b) => b).otherwise((b) => b);
    });
  });

  test("a tuple's element is always present", () => {
    start.choice("C", (c) =>
      c
        .when(
          c.isPresent(
            // @ts-expect-error IsPresent tests an optional field, but $.pair[0] is always present
            "$.pair[0]",
          ),
          (b) => b,
        )
        .otherwise((b) => b),
    );
  });

  test("a required field of a required object is always present", () => {
    start.choice("C", (c) =>
      c
        .when(
          c.isPresent(
            // @ts-expect-error IsPresent tests an optional field, but $.r.items is always present
            "$.r.items",
          ),
          (b) => b,
        )
        .otherwise((b) => b),
    );
  });
});

describe("wildcards on objects", () => {
  test("[*] and .* on an object give its values", () => {
    const pets = start.pass("Pets", { inputPath: "$.pets[*]" });
    const dotted = start.pass("Dotted", { inputPath: "$.pets.*" });
    expectTypeOf<PayloadOf<typeof pets>>().toEqualTypeOf<{ age: number }[]>();
    expectTypeOf<PayloadOf<typeof dotted>>().toEqualTypeOf<{ age: number }[]>();
    expectTypeOf<At<Input, "$.pets[*].age">>().toEqualTypeOf<number[]>();
    expectTypeOf<At<Input, "$.pets.*.age">>().toEqualTypeOf<number[]>();
    expectTypeOf<At<Input, "$.counts[*]">>().toEqualTypeOf<number[]>();
    expectTypeOf<At<Input, "$.list.*">>().toEqualTypeOf<string[]>();
    const ages = start.pass("Ages", { inputPath: "$.pets[*].age" });
    expectTypeOf<PayloadOf<typeof ages>>().toEqualTypeOf<number[]>();
  });

  test("a wildcard on a value that is neither an array nor an object", () => {
    start.pass("Bad", {
      // @ts-expect-error $.total is a number, so it cannot be indexed with [*]
      inputPath: "$.total[*]",
    });
  });

  test("a field the values lack", () => {
    start.pass("Bad", {
      // @ts-expect-error $.pets[*] has no field 'colour'
      inputPath: "$.pets[*].colour",
    });
  });
});
