// What a Parallel branch or Map iteration gives is the output of every path through it: where it
// runs out, and where it ends in a Succeed or at end() (AWS: a Succeed "ends a branch of a
// Parallel workflow state, or ends an iteration of a Map workflow state"), through Choice rules
// and Catch handlers too. At the top level an ended chain is a FinishedWorkflow: its input, and
// what its paths that succeed give.
import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import { workflow, lambda, type Ended, type FinishedWorkflow, type PayloadOf } from "@aslc/dsl";

const Input = z.object({ a: z.number(), items: z.array(z.object({ ok: z.boolean(), sku: z.string() })) });
const start = workflow("Endings", { input: Input });

describe("Parallel branches", () => {
  test("end() and succeed() give their output to the branch's result", () => {
    const wf = start.parallel("Both", [(b) => b.pass("One", { result: 1 }).end(), (b) => b.succeed("Two", { outputPath: "$.a" })]);
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<[1, number]>();
  });

  test("a Choice rule that succeeds, beside one that runs out", () => {
    const wf = start.parallel("Both", [
      (b) => b.choice("C", (c) => c.when(c.numericGreaterThan("$.a", 1), (r) => r.succeed("Big", { outputPath: "$.a" })).otherwise((r) => r.pass("Small", { result: "small" }))),
    ]);
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<[number | "small"]>();
  });

  test("a Choice whose every rule ends: the branch gives what they output", () => {
    const wf = start.parallel("Both", [
      (b) => b.choice("C", (c) => c.when(c.numericGreaterThan("$.a", 1), (r) => r.succeed("Big", { outputPath: "$.a" })).otherwise((r) => r.fail("Small", { error: "Small" }))),
    ]);
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<[number]>();
  });
});

describe("Map iterations", () => {
  test("a Choice rule that succeeds with the item, beside one that runs out", () => {
    const wf = start.map("Each", { itemsPath: "$.items" }, (item) =>
      item.choice("C", (c) => c.when(c.booleanEquals("$.ok", true), (r) => r.succeed("Done")).otherwise((r) => r.pass("Skip", { result: { skipped: true } }))),
    );
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<({ ok: boolean; sku: string } | { skipped: true })[]>();
  });

  test("a Catch handler that succeeds, before the chain goes on", () => {
    const wf = start.map("Each", { itemsPath: "$.items" }, (item) =>
      item
        .task("Ship", { resource: lambda.function("${Ship}"), result: z.object({ shipped: z.literal(true) }) })
        .catch(["States.ALL"], (h) => h.succeed("Caught", { outputPath: "$.Error" }))
        .pass("After", { result: { after: true } }),
    );
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<(string | { after: true })[]>();
  });

  test("a path that ends still cannot be continued", () => {
    start.map("Each", { itemsPath: "$.items" }, (item) =>
      item
        .succeed("Done")
        // @ts-expect-error Property 'pass' does not exist on type 'EndedWith
        .pass("After"),
    );
  });
});

describe("the top level", () => {
  type In = z.output<typeof Input>;

  test("an ended chain is a finished workflow: its input, and what its paths that succeed give", () => {
    const wf = start.pass("P").end();
    expectTypeOf(wf).toEqualTypeOf<FinishedWorkflow<In, In>>();
    expectTypeOf(wf).toExtend<Ended>();
    expectTypeOf(start.succeed("Done", { outputPath: "$.a" })).toEqualTypeOf<FinishedWorkflow<In, number>>();
  });

  test("a finished workflow's output is what every path that succeeds gives", () => {
    const wf = start
      .choice("Big?", (c) => c.when(c.numericGreaterThan("$.a", 10), (b) => b.succeed("Big", { outputPath: "$.items" })).otherwise((b) => b))
      .pass("Small", { result: { small: true } })
      .succeed("Done");
    expectTypeOf(wf).toEqualTypeOf<FinishedWorkflow<In, In["items"] | { small: true }>>();
  });

  test("a workflow whose every path fails or jumps gives nothing: Ended", () => {
    expectTypeOf(start.fail("Failed")).toEqualTypeOf<Ended>();
    expectTypeOf(start.pass("Top").goto("Top")).toEqualTypeOf<Ended>();
  });
});
