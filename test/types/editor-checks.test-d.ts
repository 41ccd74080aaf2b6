// Mistakes the types find while a workflow is typed, before any build: a misspelt field (the
// message lists the fields there), a value outside a field's enum, an unknown JSONata function.
import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import { workflow, type PayloadOf } from "@aslc/dsl";

const Input = z.object({
  order: z.object({ id: z.string(), paid: z.boolean() }),
  status: z.enum(["DONE", "PENDING"]),
  note: z.string().optional(),
  total: z.number(),
});
const start = workflow("Orders", { input: Input });
const jsonataStart = workflow("Orders", { input: Input, queryLanguage: "JSONata" });

describe("a misspelt field lists the fields there", () => {
  test("in a Choice condition", () => {
    start.choice("Route", (c) =>
      c
        // @ts-expect-error $ has no field 'ordr' (fields here:
        .when(c.booleanEquals("$.ordr.paid", true), (b) => b.succeed("Paid"))
        .otherwise((b) => b.succeed("Other")),
    );
  });

  test("one level down, only that object's fields", () => {
    start.choice("Route", (c) =>
      c
        // @ts-expect-error $.order has no field 'pad' (fields here: id, paid)
        .when(c.booleanEquals("$.order.pad", true), (b) => b.succeed("Paid"))
        .otherwise((b) => b.succeed("Other")),
    );
  });

  test("in alphabetical order, character by character: capitals first, a name before those it begins", () => {
    const Steps = z.object({ step2: z.string(), step10: z.string(), Step: z.string(), step1: z.string(), a_b: z.string() });
    workflow("Steps", { input: Steps }).pass("Pick", {
      // @ts-expect-error $ has no field 'stepp' (fields here: Step, a_b, step1, step10, step2)
      inputPath: "$.stepp",
    });
  });

  test("in a path option", () => {
    start.pass("Pick", {
      // @ts-expect-error $.order has no field 'identifier' (fields here: id, paid)
      inputPath: "$.order.identifier",
    });
  });

  test("in a .$ template value", () => {
    start.pass("Pick", {
      parameters: {
        // @ts-expect-error $.order has no field 'pid' (fields here: id, paid)
        "id.$": "$.order.pid",
      },
    });
  });

  test("a path that stops at an object where a boolean is wanted", () => {
    start.choice("Route", (c) =>
      c
        // @ts-expect-error BooleanEquals needs a boolean, but $.order is an object
        .when(c.booleanEquals("$.order", true), (b) => b.succeed("Paid"))
        .otherwise((b) => b.succeed("Other")),
    );
  });
});

describe("enum values in string comparisons", () => {
  test("a member of the field's enum", () => {
    const wf = start.choice("Route", (c) => c.when(c.stringEquals("$.status", "DONE"), (b) => b.pass("Done")).otherwise((b) => b.succeed("Other")));
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<z.output<typeof Input>>();
  });

  test("a value outside the enum lists the members", () => {
    start.choice("Route", (c) =>
      c
        // @ts-expect-error Argument of type '"DNOE"' is not assignable to parameter of type '"DONE" | "PENDING"'
        .when(c.stringEquals("$.status", "DNOE"), (b) => b.succeed("Done"))
        .otherwise((b) => b.succeed("Other")),
    );
  });

  test("a plain string field takes any string", () => {
    start.choice("Route", (c) => c.when(c.stringEquals("$.order.id", "anything"), (b) => b.succeed("Done")).otherwise((b) => b.succeed("Other")));
    start.choice("Route", (c) => c.when(c.stringEquals("$.note", "optional text"), (b) => b.succeed("Done")).otherwise((b) => b.succeed("Other")));
  });
});

describe("JSONata functions", () => {
  test("JSONata's and Step Functions' functions, and the expression's own", () => {
    jsonataStart.pass("Sum", {
      output: {
        n: "{% $count($states.input.order.id) + $sum([1, 2]) %}",
        id: "{% $uuid() %}",
        own: "{% ($twice := function($x) { $x * 2 }; $twice($states.input.total)) %}",
      },
    });
  });

  test("a misspelt function suggests the one meant", () => {
    jsonataStart.pass("Count", {
      output: {
        // @ts-expect-error $cuont is not a JSONata function: did you mean $count?
        n: "{% $cuont($states.input.order.id) %}",
      },
    });
  });

  test("an unknown function without a near one", () => {
    jsonataStart.pass("Count", {
      output: {
        // @ts-expect-error $zzz is not a JSONata function
        n: "{% $zzz($states.input.total) %}",
      },
    });
  });
});

describe("state names across Parallel branches and Map iterations", () => {
  test("a branch's state may not reuse a name declared before the Parallel", () => {
    start.pass("Shared").parallel("Fan", [
      (b) =>
        b.pass(
          // @ts-expect-error State name 'Shared' is already used in this workflow
          "Shared",
        ),
    ]);
  });

  test("nor the Parallel's own name", () => {
    start.parallel("Fan", [
      (b) =>
        b.pass(
          // @ts-expect-error State name 'Fan' is already used in this workflow
          "Fan",
        ),
    ]);
  });

  test("an iteration's state, not an enclosing Map's name, nested", () => {
    start.pass("Receive").parallel("Fan", [
      (b) =>
        b.map("Each", { itemsPath: "$.order.id" as never }, (item) =>
          item.pass(
            // @ts-expect-error State name 'Receive' is already used in this workflow
            "Receive",
          ),
        ),
    ]);
  });

  test("a branch goes only to its own states", () => {
    start.pass("Before").parallel("Fan", [
      (b) =>
        b.pass("Inner").goto(
          // @ts-expect-error State 'Before' is outside this Parallel branch or Map iteration: a branch goes only to its own states
          "Before",
        ),
    ]);
  });

  test("its own states, and names of its own, are fine", () => {
    start.pass("Before").parallel("Fan", [(b) => b.pass("Inner").goto("Inner"), (b) => b.pass("Other").succeed("Done")]);
  });
});
