/**
 * What a payload of unknown type to the types may flow into: the types let it jump to a state
 * with a typed input (test/types/unknown-jumps.test-d.ts), and the compiler's schema flow, which
 * works out what a filter or most JSONata expressions give, checks what that state reads against
 * every payload that arrives there.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildWorkflow, workflow } from "@aslc/dsl";
import { flowSchemas } from "@aslc/compiler/internal";

const Counter = z.object({ n: z.number(), items: z.array(z.object({ x: z.number() })) });

describe("a jump with a payload the types do not know", () => {
  it("is checked by the flow against what the target reads: a filter's matches are an array, which has no field 'n'", () => {
    const wf = workflow("Loop", { input: Counter })
      .pass("Top", { parameters: { "n.$": "$.n", "items.$": "$.items" } })
      .choice("More?", (c) => c.when(c.numericGreaterThan("$.n", 10), (b) => b.succeed("Done")).otherwise((b) => b.pass("Pick", { inputPath: "$.items[?(@.x > 1)]" }).goto("Top")));
    expect(flowSchemas(buildWorkflow(wf)).problems).toEqual([
      { state: "Top", scope: "workflow", message: "Parameters.n.$: $ is an array: select an element with $[0] before reading 'n'" },
      { state: "Top", scope: "workflow", message: "Parameters.items.$: $ is an array: select an element with $[0] before reading 'items'" },
    ]);
  });

});
