// The 18 intrinsic helpers: result types computed from their arguments, and path arguments
// checked against the payload (and nested intrinsics against what the outer one needs).
import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import { workflow, ref, States, type PayloadOf, type Ref } from "@aslc/dsl";

const Input = z.object({
  name: z.string(),
  csv: z.string(),
  total: z.number(),
  encoded: z.string(),
  base: z.object({ a: z.number() }),
  patch: z.object({ b: z.string() }),
  items: z.array(z.object({ sku: z.string() })),
  tags: z.array(z.string()),
});

const start = workflow("Intrinsics", { input: Input });

describe("what a call is", () => {
  test("each helper's call has a type named as the call is written, which messages and hovers show", () => {
    expectTypeOf(States.MathAdd(States.ArrayLength(ref("$.items")), 1)).toEqualTypeOf<States.MathAdd<States.ArrayLength<Ref<"$.items">>, 1>>();
    expectTypeOf(States.Format("{} / {}", ref("$.name"), 2)).toEqualTypeOf<States.Format<readonly ["{} / {}", Ref<"$.name">, 2]>>();
    expectTypeOf(States.JsonMerge(ref("$.base"), ref("$.patch"))).toEqualTypeOf<States.JsonMerge<Ref<"$.base">, Ref<"$.patch">>>();
  });
});

describe("result types", () => {
  test("text results: Format, JsonToString, Base64Encode, Base64Decode, Hash, UUID", () => {
    const wf = start.pass("P", {
      parameters: {
        format: States.Format("Hello {} ({})", ref("$.name"), ref("$.total")),
        json: States.JsonToString(ref("$.base")),
        encoded: States.Base64Encode(ref("$.name")),
        decoded: States.Base64Decode(ref("$.encoded")),
        hash: States.Hash(ref("$.base"), "SHA-256"),
        id: States.UUID(),
      },
    });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ format: string; json: string; encoded: string; decoded: string; hash: string; id: string }>();
  });

  test("StringToJson gives unknown: the text's shape is not known", () => {
    const wf = start.pass("P", { parameters: { parsed: States.StringToJson(ref("$.encoded")) } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ parsed: unknown }>();
  });

  test("number results: ArrayLength, MathRandom (with and without seed), MathAdd", () => {
    const wf = start.pass("P", {
      parameters: {
        count: States.ArrayLength(ref("$.items")),
        dice: States.MathRandom(1, 7),
        seeded: States.MathRandom(1, 7, 42),
        next: States.MathAdd(ref("$.total"), 1),
      },
    });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ count: number; dice: number; seeded: number; next: number }>();
  });

  test("ArrayContains is boolean; ArrayRange and StringSplit are arrays of number and string", () => {
    const wf = start.pass("P", {
      parameters: {
        has: States.ArrayContains(ref("$.tags"), "red"),
        range: States.ArrayRange(1, 9, 2),
        parts: States.StringSplit(ref("$.csv"), ","),
      },
    });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ has: boolean; range: number[]; parts: string[] }>();
  });

  test("Array collects its arguments' types", () => {
    const wf = start.pass("P", { parameters: { list: States.Array(ref("$.name"), ref("$.total")) } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ list: (string | number)[] }>();
  });

  test("ArrayPartition, ArrayGetItem and ArrayUnique follow the element type", () => {
    const wf = start.pass("P", {
      parameters: {
        chunks: States.ArrayPartition(ref("$.items"), 2),
        first: States.ArrayGetItem(ref("$.items"), 0),
        unique: States.ArrayUnique(ref("$.tags")),
      },
    });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ chunks: { sku: string }[][]; first: { sku: string }; unique: string[] }>();
  });

  test("JsonMerge merges the two objects' fields", () => {
    const wf = start.pass("P", { parameters: { merged: States.JsonMerge(ref("$.base"), ref("$.patch")) } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ merged: { a: number; b: string } }>();
  });

  test("nested intrinsics compose", () => {
    const wf = start.pass("P", {
      parameters: {
        second: States.ArrayGetItem(States.StringSplit(ref("$.csv"), ","), States.MathAdd(States.ArrayLength(ref("$.tags")), -1)),
        label: States.Format("{} has {} items", ref("$.name"), States.ArrayLength(ref("$.items"))),
      },
    });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ second: string; label: string }>();
  });
});

describe("argument errors", () => {
  test("ArrayLength on a string", () => {
    start.pass("P", {
      parameters: {
        // @ts-expect-error States.ArrayLength needs an array, but $.name is a string
        count: States.ArrayLength(ref("$.name")),
      },
    });
  });

  test("MathAdd on a string", () => {
    start.pass("P", {
      parameters: {
        // @ts-expect-error States.MathAdd needs a number, but $.name is a string
        sum: States.MathAdd(ref("$.name"), 1),
      },
    });
  });

  test("StringSplit on a number", () => {
    start.pass("P", {
      parameters: {
        // @ts-expect-error States.StringSplit needs a string, but $.total is a number
        parts: States.StringSplit(ref("$.total"), ","),
      },
    });
  });

  test("JsonMerge with a string", () => {
    start.pass("P", {
      parameters: {
        // @ts-expect-error States.JsonMerge needs an object, but $.name is a string
        merged: States.JsonMerge(ref("$.base"), ref("$.name")),
      },
    });
  });

  test("ArrayRange with a string bound", () => {
    start.pass("P", {
      parameters: {
        // @ts-expect-error States.ArrayRange needs a number, but $.csv is a string
        range: States.ArrayRange(1, ref("$.csv"), 1),
      },
    });
  });

  test("Hash with an algorithm read from a number", () => {
    start.pass("P", {
      parameters: {
        // @ts-expect-error States.Hash needs a string, but $.total is a number
        hash: States.Hash(ref("$.name"), ref("$.total")),
      },
    });
  });

  test("a missing path in an argument", () => {
    start.pass("P", {
      parameters: {
        // @ts-expect-error States.Base64Encode: $ has no field 'title'
        encoded: States.Base64Encode(ref("$.title")),
      },
    });
  });

  test("a missing path in a Format argument", () => {
    start.pass("P", {
      parameters: {
        // @ts-expect-error States.Format: $ has no field 'title'
        text: States.Format("{} / {}", ref("$.name"), ref("$.title")),
      },
    });
  });

  test("a missing path deep in nested intrinsics", () => {
    start.pass("P", {
      parameters: {
        // @ts-expect-error States.ArrayLength: $ has no field 'skus'
        next: States.MathAdd(States.ArrayLength(ref("$.skus")), 1),
      },
    });
  });

  test("a nested intrinsic that gives the wrong type", () => {
    start.pass("P", {
      parameters: {
        // @ts-expect-error States.MathAdd needs a number, but States.Format(…) gives a string
        next: States.MathAdd(States.Format("{}", ref("$.name")), 1),
      },
    });
  });

  test("Format with fewer arguments than placeholders", () => {
    States.Format(
      "{} and {}",
      // @ts-expect-error States.Format: the template has 2 {} placeholders but 1 arguments were given
      ref("$.name"),
    );
  });

  test("a literal of the wrong kind", () => {
    States.MathAdd(
      // @ts-expect-error Argument of type 'string' is not assignable to parameter of type 'Num'
      "1",
      2,
    );
  });
});
