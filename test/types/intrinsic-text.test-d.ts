// Intrinsic calls written as text in a `.$` field ("States.Format('{}',$.name)") are typed and
// checked as the typed helpers are: the call's result flows into the payload, the paths it reads
// must exist, arguments must be of the kind each parameter holds, and the number of arguments
// must be what the function takes.
import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import { ref, States, workflow, type PayloadOf } from "@aslc/dsl";

const Input = z.object({
  name: z.string(),
  csv: z.string(),
  total: z.number(),
  base: z.object({ a: z.number() }),
  patch: z.object({ b: z.string() }),
  items: z.array(z.object({ sku: z.string() })),
  tags: z.array(z.string()),
});

const start = workflow("IntrinsicText", { input: Input });

describe("the result of the call flows into the payload", () => {
  test("fixed results, spelt without spaces or with extra ones", () => {
    const wf = start.pass("P", {
      parameters: {
        "text.$": "States.Format('Hello {} ({})',$.name,$.total)",
        "count.$": "States.ArrayLength( $.items )",
        "has.$": "States.ArrayContains($.tags,'red')",
        "parts.$": "States.StringSplit($.csv,',')",
        "range.$": "States.ArrayRange(1,9,2)",
        "id.$": "States.UUID()",
      },
    });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ text: string; count: number; has: boolean; parts: string[]; range: number[]; id: string }>();
  });

  test("results that follow from the arguments, nested calls included", () => {
    const wf = start.pass("P", {
      parameters: {
        "first.$": "States.ArrayGetItem($.items,0)",
        "merged.$": "States.JsonMerge($.base,$.patch,false)",
        "list.$": "States.Array($.name,States.ArrayLength($.tags))",
        "second.$": "States.ArrayGetItem(States.StringSplit($.csv,','),States.MathAdd(States.ArrayLength($.tags),-1))",
      },
    });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ first: { sku: string }; merged: { a: number; b: string }; list: (string | number)[]; second: string }>();
  });

  test("strings holding commas, parentheses, quotes and escaped braces are read as strings", () => {
    const wf = start.pass("P", { parameters: { "text.$": "States.Format('a, (b) \\'c\\' \\{d\\} {}', $.name)" } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ text: string }>();
  });

  test("the context object and variables are read too", () => {
    const wf = start.pass("P", { parameters: { "id.$": "States.Format('run {}',$$.Execution.Id)" } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ id: string }>();
  });
});

describe("problems in the text", () => {
  test("a path that does not exist", () => {
    start.pass("P", {
      parameters: {
        // @ts-expect-error States.Format: $ has no field 'title'
        "text.$": "States.Format('{}',$.title)",
      },
    });
  });

  test("a path of the wrong kind", () => {
    start.pass("P", {
      parameters: {
        // @ts-expect-error States.ArrayLength needs an array, but $.name is a string
        "count.$": "States.ArrayLength($.name)",
      },
    });
  });

  test("a literal of the wrong kind", () => {
    start.pass("P", {
      parameters: {
        // @ts-expect-error States.MathAdd needs a number, but 'one' is a string
        "sum.$": "States.MathAdd($.total,'one')",
      },
    });
  });

  test("a nested call that gives the wrong kind", () => {
    start.pass("P", {
      parameters: {
        // @ts-expect-error States.MathAdd needs a number, but States.Format(…) gives a string
        "sum.$": "States.MathAdd(States.Format('{}',$.name),1)",
      },
    });
  });

  test("the wrong number of arguments", () => {
    start.pass("P", {
      parameters: {
        // @ts-expect-error States.ArrayLength takes 1 argument, but 2 were given
        "count.$": "States.ArrayLength($.items,$.tags)",
      },
    });
    start.pass("P", {
      parameters: {
        // @ts-expect-error States.MathRandom takes 2 to 3 arguments, but 1 was given
        "n.$": "States.MathRandom(1)",
      },
    });
  });

  test("a Format template with more placeholders than values", () => {
    start.pass("P", {
      parameters: {
        // @ts-expect-error States.Format's template has 2 {} placeholders but 1 values follow it
        "text.$": "States.Format('{} and {}',$.name)",
      },
    });
  });

  test("a function that does not exist", () => {
    start.pass("P", {
      parameters: {
        // @ts-expect-error States.Concat is not an intrinsic function
        "text.$": "States.Concat($.name)",
      },
    });
  });

  test("text that does not parse", () => {
    start.pass("P", {
      parameters: {
        // @ts-expect-error States.Format: expected ',' or ')' after argument 1
        "text.$": "States.Format('{}' $.name)",
      },
    });
    start.pass("P", {
      parameters: {
        // @ts-expect-error a string is not closed
        "text.$": "States.Format('{}, $.name)",
      },
    });
    start.pass("P", {
      parameters: {
        // @ts-expect-error States.Format: expected ',' or ')' after argument 2
        "text.$": "States.Format('{} {}', $.name $.name)",
      },
    });
  });

  test("space after a path is no part of it; nothing follows the call", () => {
    start.pass("P", { parameters: { "text.$": "States.Format('{}', $.name )" } });
    start.pass("P", {
      parameters: {
        // @ts-expect-error unexpected '  ' after the call
        "text.$": "States.Format('{}', $.name)  ",
      },
    });
  });
});

describe("a Fail's ErrorPath and CausePath", () => {
  test("take intrinsic text, checked the same way", () => {
    start.fail("Stop", { errorPath: "States.Format('E{}',$.total)", causePath: "States.Format('{}: {}',$.name,$.csv)" });
    // @ts-expect-error States.Format: $ has no field 'reason'
    start.fail("Bad", { causePath: "States.Format('{}',$.reason)" });
    // @ts-expect-error States.Format's template has 2 {} placeholders but 1 values follow it
    start.fail("Worse", { causePath: "States.Format('{}: {}',$.name)" });
  });
});

describe("States.StringToJson with a schema", () => {
  const Body = z.object({ kind: z.enum(["order", "refund"]), amount: z.number() });
  const withBody = workflow("Parse", { input: z.object({ body: z.string(), count: z.number() }) });

  test("without a schema the parsed value is unknown; with one it is the schema's JSON type", () => {
    const wf = withBody.pass("P", { parameters: { plain: States.StringToJson(ref("$.body")), typed: States.StringToJson(ref("$.body"), Body) } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ plain: unknown; typed: { kind: "order" | "refund"; amount: number } }>();
  });

  test("paths read through the parsed value are checked", () => {
    const wf = withBody.pass("P", { parameters: { parsed: States.StringToJson(ref("$.body"), Body) } });
    wf.choice("Kind", (c) => c.when(c.stringEquals("$.parsed.kind", "order"), (b) => b.succeed("Order")).otherwise((b) => b.succeed("Other")));
    wf.pass("Amount", { parameters: { "n.$": "$.parsed.amount", doubled: States.MathAdd(ref("$.parsed.amount"), ref("$.parsed.amount")) } });
    // @ts-expect-error $.parsed has no field 'total'
    wf.pass("Bad", { parameters: { "n.$": "$.parsed.total" } });
    // @ts-expect-error States.MathAdd needs a number, but $.parsed.kind is a string
    wf.pass("Worse", { parameters: { n: States.MathAdd(ref("$.parsed.kind"), 1) } });
  });

  test("a nested StringToJson's declared type flows into the call around it", () => {
    const List = z.array(z.object({ id: z.string() }));
    const wf = withBody.pass("P", { parameters: { first: States.ArrayGetItem(States.StringToJson(ref("$.body"), List), 0) } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ first: { id: string } }>();
  });

  test("the second argument is a zod schema", () => {
    States.StringToJson(
      ref("$.body"),
      // @ts-expect-error 'kind' does not exist in type 'ZodType
      { kind: "order" },
    );
  });
});
