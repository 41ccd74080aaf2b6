// A payload of unknown type (a JSONata expression's value the types do not work out, a JSONPath
// filter) may jump to a state with a typed input: nothing proves it wrong in the editor, and the
// compiler's schema flow checks it against what that state reads (test/compiler/unknown-jumps.test.ts).
// A payload the types know, and that does not match, is still refused.
import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import { workflow, lambda, type Ended } from "@aslc/dsl";

const Counter = z.object({ n: z.number(), items: z.array(z.object({ x: z.number() })) });

describe("jumps with a payload of unknown type", () => {
  test("a JSONata expression's value may go to a state declared earlier", () => {
    const wf = workflow("Loop", { input: Counter, queryLanguage: "JSONata" })
      .pass("Top")
      .pass("Compute", { output: "{% $merge([$states.input, { 'n': $states.input.n + 1 }]) %}" })
      .goto("Top");
    expectTypeOf(wf).toEqualTypeOf<Ended>();
  });

  test("a JSONPath filter's matches may go to a state declared earlier", () => {
    const wf = workflow("Loop", { input: Counter }).pass("Top").pass("Pick", { inputPath: "$.items[?(@.x > 1)]" }).goto("Top");
    expectTypeOf(wf).toEqualTypeOf<Ended>();
  });

  test("a known payload that does not match is refused", () => {
    workflow("Loop", { input: Counter })
      .pass("Top")
      .task("Replace", { resource: lambda.function("${Replace}"), result: z.object({ done: z.boolean() }) })
      .goto(
        // @ts-expect-error The payload here does not match the input of state 'Top'
        "Top",
      );
  });
});
