// State names are unique along a chain, and a jump to a state declared earlier (goto, a Choice
// rule's target, a Catch target) must carry a payload that state accepts.
import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import { workflow, lambda, type PayloadOf, type Ended, type FinishedWorkflow } from "@aslc/dsl";

const Job = z.object({ jobId: z.string(), attempts: z.number() });
const start = workflow("Jobs", { input: Job });
const Status = z.object({ done: z.boolean() });
type Job = z.output<typeof Job>;

describe("unique names", () => {
  test("distinct names along a chain are accepted", () => {
    const wf = start.pass("First").pass("Second").pass("Third");
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ jobId: string; attempts: number }>();
  });

  test("a name used twice in a chain", () => {
    start.pass("Prepare").pass(
      // @ts-expect-error State name 'Prepare' is already used in this workflow
      "Prepare",
    );
  });

  test("a name used again in a later task", () => {
    start.task("Run", { resource: lambda.function("${Run}") }).pass("Log").task(
      // @ts-expect-error State name 'Run' is already used in this workflow
      "Run",
      { resource: lambda.function("${Run}") },
    );
  });

  test("a Choice branch cannot reuse a name from the enclosing chain", () => {
    start.pass("Prepare").choice("Route", (c) =>
      c
        .when(c.numericGreaterThan("$.attempts", 3), (b) =>
          b.pass(
            // @ts-expect-error State name 'Prepare' is already used in this workflow
            "Prepare",
          ),
        )
        .otherwise((b) => b),
    );
  });

  test("a Choice branch cannot reuse the Choice's own name", () => {
    start.choice("Route", (c) =>
      c.otherwise((b) =>
        b.succeed(
          // @ts-expect-error State name 'Route' is already used in this workflow
          "Route",
        ),
      ),
    );
  });

  test("a Catch handler cannot reuse a name from the enclosing chain", () => {
    start.task("Run", { resource: lambda.function("${Run}") }).catch(["States.ALL"], (h) =>
      h.fail(
        // @ts-expect-error State name 'Run' is already used in this workflow
        "Run",
      ),
    );
  });
});

describe("goto and named targets", () => {
  test("a loop back to a state whose input matches", () => {
    const wf = start
      .wait("Wait", { seconds: 30 })
      .task("Poll", { resource: lambda.function("${Poll}"), result: Status, resultPath: "$.status" })
      .choice("Done?", (c) => c.when(c.booleanEquals("$.status.done", true), (b) => b.succeed("Finished")).otherwise((b) => b.goto("Wait")));
    expectTypeOf(wf).toEqualTypeOf<FinishedWorkflow<Job, { jobId: string; attempts: number; status: { done: boolean } }>>();
  });

  test("goto ends the chain", () => {
    const wf = start.pass("Top").goto("Top");
    expectTypeOf(wf).toEqualTypeOf<Ended>();
    wf
      // @ts-expect-error Property 'pass' does not exist on type 'Ended'
      .pass("After");
  });

  test("goto to a state declared elsewhere (in another rule's chain) is accepted by name", () => {
    const wf = start
      .pass("Top")
      .choice("Route", (c) => c.when(c.numericGreaterThan("$.attempts", 3), (b) => b.pass("DeclaredInAnotherBranch").goto("Top")).otherwise((b) => b))
      .goto("DeclaredInAnotherBranch");
    expectTypeOf(wf).toEqualTypeOf<Ended>();
  });

  test("goto to an earlier state whose input does not match", () => {
    start
      .pass("Top")
      .task("Replace", { resource: lambda.function("${Replace}"), result: Status })
      .goto(
        // @ts-expect-error The payload here does not match the input of state 'Top'
        "Top",
      );
  });

  test("a Choice rule targeting an earlier state whose input matches", () => {
    const wf = start
      .pass("Retry")
      .task("Run", { resource: lambda.function("${Run}"), result: Status, resultPath: "$.status" })
      .choice("Check", (c) => c.when(c.booleanEquals("$.status.done", false), "Retry").otherwise((b) => b.succeed("Ok")));
    expectTypeOf(wf).toEqualTypeOf<FinishedWorkflow<Job, { jobId: string; attempts: number; status: { done: boolean } }>>();
  });

  test("a Choice rule targeting an earlier state whose input does not match", () => {
    start
      .pass("Retry")
      .task("Run", { resource: lambda.function("${Run}"), result: Status })
      .choice("Check", (c) =>
        c
          .when(
            c.booleanEquals("$.done", false),
            // @ts-expect-error The payload here does not match the input of state 'Retry'
            "Retry",
          )
          .otherwise((b) => b.succeed("Ok")),
      );
  });

  test("a Catch target whose input does not match the error output", () => {
    start
      .pass("Prepare")
      .task("Run", { resource: lambda.function("${Run}") })
      .catch(
        ["States.ALL"],
        // @ts-expect-error The payload here does not match the input of state 'Prepare'
        "Prepare",
      );
  });

  test("a Catch target that matches once the error is placed at a ResultPath", () => {
    const wf = start
      .pass("Prepare")
      .task("Run", { resource: lambda.function("${Run}"), result: Status })
      .catch(["States.ALL"], "Prepare", { resultPath: "$.error" });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ done: boolean }>();
  });
});

describe("a jump back to a state whose input the payload holds", () => {
  const Kind = z.object({ kind: z.enum(["small", "large"]) });

  test("a loop whose payload only gained fields is accepted", () => {
    const wf = start
      .pass("Poll")
      .task("Check", { resource: lambda.function("${Check}"), result: Status, resultPath: "$.status" })
      .pass("Note", { result: { seen: true }, resultPath: "$.note" })
      .goto("Poll");
    expectTypeOf(wf).toEqualTypeOf<Ended>();
  });

  test("a field the payload holds more widely than the target's input is refused", () => {
    start
      .task("Classify", { resource: lambda.function("${Classify}"), result: Kind, resultPath: "$.size" })
      .pass("Sized")
      .task("Widen", { resource: lambda.function("${Widen}"), result: z.object({ kind: z.string() }), resultPath: "$.size" })
      .goto(
        // @ts-expect-error The payload here does not match the input of state 'Sized'
        "Sized",
      );
  });

  test("a payload that lacks the target's field on one of its paths is refused", () => {
    start
      .pass("Mark", { result: { on: true }, resultPath: "$.mark" })
      .pass("Marked")
      .choice("Split", (c) =>
        c.when(c.numericGreaterThan("$.attempts", 3), (b) => b.pass("Reset", { parameters: { "jobId.$": "$.jobId", "attempts.$": "$.attempts" } })).otherwise((b) => b),
      )
      .goto(
        // @ts-expect-error The payload here does not match the input of state 'Marked'
        "Marked",
      );
  });
});

describe("end()", () => {
  test("a branch that ends the workflow hands nothing on", () => {
    const wf = workflow("Ends", { input: z.object({ ok: z.boolean() }) }).choice("Route", (c) =>
      c.when(c.booleanEquals("$.ok", true), (b) => b.pass("Done", { result: { done: true } }).end()).otherwise((b) => b.pass("Other", { result: { other: true } })),
    );
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ other: true }>();
  });

  test("an ended chain takes no more states", () => {
    const ended = workflow("Ended", { input: z.object({ ok: z.boolean() }) }).pass("A").end();
    // @ts-expect-error Property 'pass' does not exist on type 'FinishedWorkflow<{ ok: boolean; }, { ok: boolean; }>'
    ended.pass("B");
  });
});
