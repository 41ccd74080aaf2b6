// A jump (goto, a Choice rule's or Default's target, a Catch's target) may name a state declared
// later in the chain, or in another Choice rule's or Catch handler's chain: the types keep the name
// until the workflow finishes (its Succeed, Fail, goto, end(), or a Choice whose every branch
// ends), and there report each name no state has, on the finishing call. A Parallel branch or Map
// iteration is a machine of its own: its jumps' names are checked where its chain finishes.
import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import { workflow, lambda, type Ended, type FinishedWorkflow } from "@aslc/dsl";

const Job = z.object({ jobId: z.string(), attempts: z.number() });
type Job = z.output<typeof Job>;
const start = workflow("Jobs", { input: Job });
const run = lambda.function("${Run}");
const Batch = z.object({ items: z.array(z.object({ ok: z.boolean() })) });

describe("names declared later, or in another branch, are found", () => {
  test("a rule and a Default naming a state declared after the Choice", () => {
    const wf = start
      .choice("Route", (c) => c.when(c.numericGreaterThan("$.attempts", 3), "Later").otherwise("Later"))
      .pass("Later")
      .succeed("Done");
    expectTypeOf(wf).toEqualTypeOf<FinishedWorkflow<Job, Job>>();
  });

  test("a goto in a rule's chain to a state declared after the Choice", () => {
    const wf = start
      .choice("Route", (c) => c.when(c.numericGreaterThan("$.attempts", 3), (b) => b.goto("Later")).otherwise((b) => b))
      .pass("Later")
      .succeed("Done");
    expectTypeOf(wf).toEqualTypeOf<FinishedWorkflow<Job, Job>>();
  });

  test("a goto to a state another rule's chain declares", () => {
    const wf = start.choice("Route", (c) =>
      c.when(c.numericGreaterThan("$.attempts", 3), (b) => b.pass("Shared").succeed("Stop")).otherwise((b) => b.goto("Shared")),
    );
    expectTypeOf(wf).toEqualTypeOf<FinishedWorkflow<Job, Job>>();
  });

  test("a goto after the Choice back to a state a rule's chain declared", () => {
    const wf = start
      .choice("Route", (c) => c.when(c.numericGreaterThan("$.attempts", 3), (b) => b.pass("Inner")).otherwise((b) => b))
      .pass("After")
      .goto("Inner");
    expectTypeOf(wf).toEqualTypeOf<Ended>();
  });

  test("a Catch target and a handler's goto naming states declared later", () => {
    const wf = start
      .task("Run", { resource: run, resultPath: null })
      .catch(["States.Timeout"], "Recover", { resultPath: "$.error" })
      .catch(["States.ALL"], (h) => h.pass("Log").goto("Recover"), { resultPath: "$.error" })
      .pass("Recover")
      .succeed("Done");
    expectTypeOf(wf).toExtend<Ended>();
  });

  test("a loop back, and end() after names declared later", () => {
    const wf = start
      .pass("Top")
      .choice("Again?", (c) => c.when(c.numericGreaterThan("$.attempts", 3), "Top").when(c.numericLessThan("$.attempts", 0), "Out").otherwise((b) => b))
      .pass("Out")
      .end();
    expectTypeOf(wf).toEqualTypeOf<FinishedWorkflow<Job, Job>>();
  });
});

describe("a name no state has is reported where the workflow finishes", () => {
  test("a goto to a state declared nowhere", () => {
    start.pass("A").goto(
      // @ts-expect-error State 'Nope' is named by a jump but never declared in this workflow
      "Nope",
    );
  });

  test("a rule's target declared nowhere, reported on the Succeed", () => {
    start
      .choice("Route", (c) => c.when(c.numericGreaterThan("$.attempts", 3), "Nope").otherwise((b) => b))
      .pass("Later")
      .succeed(
        // @ts-expect-error State 'Nope' is named by a jump but never declared in this workflow
        "Done",
      );
  });

  test("a Default's target declared nowhere, reported on the Fail", () => {
    start
      .choice("Route", (c) => c.when(c.numericGreaterThan("$.attempts", 3), (b) => b.pass("Big")).otherwise("Nope"))
      .fail(
        // @ts-expect-error State 'Nope' is named by a jump but never declared in this workflow
        "Failed",
      );
  });

  test("a Catch's target declared nowhere, reported on end()", () => {
    start
      .task("Run", { resource: run })
      .catch(["States.ALL"], "Nope")
      .pass("After")
      // @ts-expect-error State 'Nope' is named by a jump but never declared in this workflow
      .end();
  });

  test("a goto in a rule's chain to a state declared nowhere, reported on the Choice that finishes the workflow", () => {
    start.choice(
      // @ts-expect-error State 'Nope' is named by a jump but never declared in this workflow
      "Route",
      (c) => c.when(c.numericGreaterThan("$.attempts", 3), (b) => b.goto("Nope")).otherwise((b) => b.succeed("Stop")),
    );
  });

  test("a goto in a Catch handler's chain to a state declared nowhere", () => {
    start
      .task("Run", { resource: run })
      .catch(["States.ALL"], (h) => h.pass("Log").goto("Nope"))
      .succeed(
        // @ts-expect-error State 'Nope' is named by a jump but never declared in this workflow
        "Done",
      );
  });

  test("each name no state has is named", () => {
    start
      .choice("Route", (c) => c.when(c.numericGreaterThan("$.attempts", 3), "First").otherwise("Second"))
      .succeed(
        // @ts-expect-error State 'Second' is named by a jump but never declared in this workflow
        "Done",
      );
  });
});

describe("a Parallel branch or Map iteration is a machine of its own", () => {
  test("a goto in a branch to a state of the branch declared later", () => {
    const wf = start
      .parallel("Fan", [(b) => b.choice("Route", (c) => c.when(c.numericGreaterThan("$.attempts", 3), "Later").otherwise((r) => r)).pass("Later").end()])
      .succeed("Done");
    expectTypeOf(wf).toEqualTypeOf<FinishedWorkflow<Job, [Job]>>();
  });

  test("a goto in a branch to a state declared nowhere in that branch", () => {
    start.parallel("Fan", [
      (b) =>
        b.pass("In").goto(
          // @ts-expect-error State 'Later' is named by a jump but never declared in this Parallel branch or Map iteration
          "Later",
        ),
    ]);
  });

  test("a rule in a Map iteration naming a state declared nowhere in it", () => {
    workflow("Batches", { input: Batch }).map("Each", { itemsPath: "$.items" }, (item) =>
      item
        .choice("Route", (c) => c.when(c.booleanEquals("$.ok", true), "Nope").otherwise((r) => r))
        .succeed(
          // @ts-expect-error State 'Nope' is named by a jump but never declared in this Parallel branch or Map iteration
          "Done",
        ),
    );
  });
});
