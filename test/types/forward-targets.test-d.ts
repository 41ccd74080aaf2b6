// A Choice rule may name a state declared later in the chain (`.when(cond, "SaveMetadata")`): the
// Choice stays open for more rules and an otherwise, and the chain goes on. When nothing else falls
// through, the state after the Choice is reached only by a jump, and receives what those rules carry.
// A Choice whose rules all name states declared before it, with no otherwise, hands nothing on: with
// no Default, no match fails the execution with States.NoChoiceMatched.
import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import { workflow, lambda, type Ended, type PayloadOf } from "@aslc/dsl";

const Upload = z.object({ key: z.string(), size: z.number(), kind: z.enum(["image", "video"]) });
const start = workflow("Uploads", { input: Upload });

describe("a rule naming a later state", () => {
  test("the chain goes on, and the later state receives what the rule carries", () => {
    const wf = start
      .choice("Route", (c) => c.when(c.stringEquals("$.kind", "image"), "SaveMetadata").when(c.stringEquals("$.kind", "video"), "SaveMetadata"))
      .task("SaveMetadata", { resource: lambda.function("${Save}"), resultPath: null });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ key: string; size: number; kind: "image" | "video" }>();
  });

  test("more rules and an otherwise may follow it", () => {
    const wf = start
      .choice("Route", (c) =>
        c
          .when(c.numericGreaterThan("$.size", 100), "Large")
          .when(c.stringEquals("$.kind", "video"), (b) => b.pass("Tag", { result: { tagged: true }, resultPath: "$.tag" }).goto("Large"))
          .otherwise("Large"),
      )
      .pass("Large");
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ key: string; size: number; kind: "image" | "video" }>();
  });

  test("a later state named by a rule still checks its options against what arrives", () => {
    start
      .choice("Route", (c) => c.when(c.stringEquals("$.kind", "image"), "Save"))
      .pass("Save", {
        // @ts-expect-error $ has no field 'missing'
        inputPath: "$.missing",
      });
  });
});

describe("a Choice that hands nothing on", () => {
  test("rules that all name earlier states, and no otherwise: the chain ends", () => {
    const wf = start.pass("Check").choice("Again", (c) => c.when(c.numericGreaterThan("$.size", 0), "Check"));
    expectTypeOf(wf).toEqualTypeOf<Ended>();
    wf
      // @ts-expect-error Property 'task' does not exist on type 'Ended'
      .task("Never", { resource: lambda.function("${Never}") });
  });
});
