// Choice: every operator family checks that its path leads to a value it can compare, and the
// branches that do not end converge on the next state with the union of their payloads.
import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import { workflow, lambda, type PayloadOf, type ChoiceCondition, type Ended, type FinishedWorkflow } from "@aslc/dsl";

const Input = z.object({
  name: z.string(),
  total: z.number(),
  limit: z.number(),
  paid: z.boolean(),
  createdAt: z.string(),
  dueAt: z.string(),
  tags: z.array(z.string()),
  coupon: z.string().optional(),
  discount: z.number().optional(),
  customer: z.object({ tier: z.string() }),
});
type Input = z.output<typeof Input>;

const start = workflow("Choices", { input: Input });

describe("operators", () => {
  test("string comparisons and StringMatches", () => {
    const wf = start.choice("C", (c) =>
      c
        .when(c.stringEquals("$.name", "a"), (b) => b)
        .when(c.stringLessThan("$.name", "m"), (b) => b)
        .when(c.stringGreaterThan("$.customer.tier", "b"), (b) => b)
        .when(c.stringLessThanEquals("$.name", "z"), (b) => b)
        .when(c.stringGreaterThanEquals("$.name", "a"), (b) => b)
        .when(c.stringMatches("$.name", "order-*"), (b) => b)
        .otherwise((b) => b),
    );
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<Input>();
  });

  test("numeric comparisons, including optional numbers", () => {
    const wf = start.choice("C", (c) =>
      c
        .when(c.numericEquals("$.total", 0), (b) => b)
        .when(c.numericLessThan("$.total", 10), (b) => b)
        .when(c.numericGreaterThan("$.discount", 5), (b) => b)
        .when(c.numericLessThanEquals("$.total", 100), (b) => b)
        .when(c.numericGreaterThanEquals("$.total", 1), (b) => b)
        .otherwise((b) => b),
    );
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<Input>();
  });

  test("boolean and timestamp comparisons", () => {
    const wf = start.choice("C", (c) =>
      c
        .when(c.booleanEquals("$.paid", true), (b) => b)
        .when(c.timestampEquals("$.createdAt", "2026-01-01T00:00:00Z"), (b) => b)
        .when(c.timestampLessThan("$.createdAt", "2026-01-01T00:00:00Z"), (b) => b)
        .when(c.timestampGreaterThan("$.createdAt", "2026-01-01T00:00:00Z"), (b) => b)
        .when(c.timestampLessThanEquals("$.createdAt", "2026-01-01T00:00:00Z"), (b) => b)
        .when(c.timestampGreaterThanEquals("$.createdAt", "2026-01-01T00:00:00Z"), (b) => b)
        .otherwise((b) => b),
    );
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<Input>();
  });

  test("the Path forms compare two paths of the same kind", () => {
    start.choice("C", (c) => {
      expectTypeOf(c.numericLessThanPath("$.total", "$.limit")).toEqualTypeOf<ChoiceCondition>();
      expectTypeOf(c.stringEqualsPath("$.name", "$.customer.tier")).toEqualTypeOf<ChoiceCondition>();
      expectTypeOf(c.booleanEqualsPath("$.paid", "$.paid")).toEqualTypeOf<ChoiceCondition>();
      expectTypeOf(c.timestampLessThanPath("$.createdAt", "$.dueAt")).toEqualTypeOf<ChoiceCondition>();
      return c.otherwise((b) => b);
    });
  });

  test("type tests, isPresent on optional fields, context paths and and/or/not", () => {
    start.choice("C", (c) => {
      expectTypeOf(c.isPresent("$.coupon")).toEqualTypeOf<ChoiceCondition>();
      expectTypeOf(c.isPresent("$.discount", false)).toEqualTypeOf<ChoiceCondition>();
      expectTypeOf(c.isNull("$.name")).toEqualTypeOf<ChoiceCondition>();
      expectTypeOf(c.isNumeric("$.total")).toEqualTypeOf<ChoiceCondition>();
      expectTypeOf(c.isString("$.name")).toEqualTypeOf<ChoiceCondition>();
      expectTypeOf(c.isBoolean("$.paid")).toEqualTypeOf<ChoiceCondition>();
      expectTypeOf(c.isTimestamp("$.createdAt")).toEqualTypeOf<ChoiceCondition>();
      expectTypeOf(c.stringEquals("$$.Execution.Name", "nightly")).toEqualTypeOf<ChoiceCondition>();
      const combined = c.and(c.not(c.booleanEquals("$.paid", true)), c.or(c.numericGreaterThan("$.total", 5), c.isPresent("$.coupon")));
      expectTypeOf(combined).toEqualTypeOf<ChoiceCondition>();
      return c.when(combined, (b) => b).otherwise((b) => b);
    });
  });
});

describe("rejected conditions", () => {
  test("StringMatches on an array", () => {
    start.choice("C", (c) =>
      c
        .when(
          c.stringMatches(
            // @ts-expect-error StringMatches needs a string, but $.tags is an array
            "$.tags",
            "*red*",
          ),
          (b) => b,
        )
        .otherwise((b) => b),
    );
  });

  test("NumericGreaterThan on a string", () => {
    start.choice("C", (c) =>
      c
        .when(
          c.numericGreaterThan(
            // @ts-expect-error NumericGreaterThan needs a number, but $.name is a string
            "$.name",
            5,
          ),
          (b) => b,
        )
        .otherwise((b) => b),
    );
  });

  test("BooleanEquals on a number", () => {
    start.choice("C", (c) =>
      c
        .when(
          c.booleanEquals(
            // @ts-expect-error BooleanEquals needs a boolean, but $.total is a number
            "$.total",
            true,
          ),
          (b) => b,
        )
        .otherwise((b) => b),
    );
  });

  test("TimestampLessThan on a number", () => {
    start.choice("C", (c) =>
      c
        .when(
          c.timestampLessThan(
            // @ts-expect-error TimestampLessThan needs a timestamp string, but $.total is a number
            "$.total",
            "2026-01-01T00:00:00Z",
          ),
          (b) => b,
        )
        .otherwise((b) => b),
    );
  });

  test("IsPresent on a required field", () => {
    start.choice("C", (c) =>
      c
        .when(
          c.isPresent(
            // @ts-expect-error IsPresent tests an optional field, but $.name is always present
            "$.name",
          ),
          (b) => b,
        )
        .otherwise((b) => b),
    );
  });

  test("IsPresent on a context field", () => {
    start.choice("C", (c) =>
      c
        .when(
          c.isPresent(
            // @ts-expect-error IsPresent tests an optional field, but $$.Execution.Id is always present
            "$$.Execution.Id",
          ),
          (b) => b,
        )
        .otherwise((b) => b),
    );
  });

  test("a Path form whose second path has the wrong type", () => {
    start.choice("C", (c) =>
      c
        .when(
          c.numericEqualsPath(
            "$.total",
            // @ts-expect-error NumericEquals needs a number, but $.name is a string
            "$.name",
          ),
          (b) => b,
        )
        .otherwise((b) => b),
    );
  });

  test("a value of the wrong kind", () => {
    start.choice("C", (c) =>
      c
        .when(
          c.numericEquals(
            "$.total",
            // @ts-expect-error Argument of type 'string' is not assignable to parameter of type 'number'
            "10",
          ),
          (b) => b,
        )
        .otherwise((b) => b),
    );
  });

  test("a type test on a missing field", () => {
    start.choice("C", (c) =>
      c
        .when(
          c.isNull(
            // @ts-expect-error $ has no field 'deletedAt'
            "$.deletedAt",
          ),
          (b) => b,
        )
        .otherwise((b) => b),
    );
  });

  test("and() needs at least one condition", () => {
    start.choice("C", (c) =>
      c
        .when(
          // @ts-expect-error Expected at least 1 arguments, but got 0
          c.and(),
          (b) => b,
        )
        .otherwise((b) => b),
    );
  });

  test("not() takes a condition, not a path", () => {
    start.choice("C", (c) =>
      c
        .when(
          c.not(
            // @ts-expect-error not assignable to parameter of type 'ChoiceCondition'
            "$.paid",
          ),
          (b) => b,
        )
        .otherwise((b) => b),
    );
  });

  test("conditions read the input after the Choice's InputPath", () => {
    start.choice(
      "C",
      (c) =>
        c
          .when(
            c.stringEquals(
              // @ts-expect-error $ has no field 'name'
              "$.name",
              "gold",
            ),
            (b) => b,
          )
          .otherwise((b) => b),
      { inputPath: "$.customer" },
    );
  });
});

describe("convergence", () => {
  test("the next state receives the union of the fall-through payloads", () => {
    const wf = start
      .choice("Route", (c) =>
        c
          .when(c.booleanEquals("$.paid", true), (b) => b.pass("Receipt", { parameters: { "name.$": "$.name", receipt: true } }))
          .when(c.numericGreaterThan("$.total", 100), (b) => b.pass("Review", { result: { review: "manual" } }))
          .otherwise((b) => b.fail("Rejected", { error: "Rejected" })),
      )
      .pass("After");
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ name: string; receipt: true } | { review: "manual" }>();
  });

  test("a branch that goes straight on contributes the Choice's own output", () => {
    const wf = start.choice("Route", (c) =>
      c.when(c.booleanEquals("$.paid", true), (b) => b.task("Ship", { resource: lambda.function("${Ship}"), result: z.object({ tracking: z.string() }) })).otherwise((b) => b),
    );
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<Input | { tracking: string }>();
  });

  test("a Choice's OutputPath shapes what its branches receive", () => {
    const wf = start.choice("Route", (c) => c.when(c.stringEquals("$.customer.tier", "gold"), (b) => b).otherwise((b) => b), { outputPath: "$.customer" });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ tier: string }>();
  });

  test("rules that jump to a named state do not fall through", () => {
    const wf = start.choice("Route", (c) => c.when(c.booleanEquals("$.paid", true), "Elsewhere").otherwise((b) => b.pass("Tag", { result: "unpaid" })));
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<"unpaid">();
  });

  test("when every branch ends, the chain ends: a finished workflow has no .task", () => {
    const wf = start.choice("Route", (c) =>
      c.when(c.booleanEquals("$.paid", true), (b) => b.succeed("Done")).otherwise((b) => b.fail("Unpaid", { error: "Unpaid" })),
    );
    expectTypeOf(wf).toEqualTypeOf<FinishedWorkflow<Input, Input>>();
    expectTypeOf(wf).toExtend<Ended>();
    expectTypeOf(wf).not.toHaveProperty("task");
  });

  test("an ended Choice cannot be continued", () => {
    const wf = start.choice("Route", (c) => c.when(c.booleanEquals("$.paid", true), (b) => b.succeed("Done")).otherwise((b) => b.fail("Unpaid")));
    wf
      // @ts-expect-error Property 'task' does not exist on type 'FinishedWorkflow<{ name: string;
      .task("Next", { resource: lambda.function("${Next}") });
  });

  test("after convergence, a field only one branch has is rejected", () => {
    start
      .choice("Route", (c) =>
        c
          .when(c.booleanEquals("$.paid", true), (b) => b.pass("Receipt", { result: { receipt: "r-1" }, resultPath: "$.receipt" }))
          .otherwise((b) => b),
      )
      .pass("After", {
        // @ts-expect-error $ has no field 'receipt'
        inputPath: "$.receipt",
      });
  });
});
