/**
 * Workflow variables in both query languages: names, use before assignment on any path (Next,
 * Choice rules and Default, Catch, loops), and scopes (Parallel branches, Map processors,
 * Distributed Maps).
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildWorkflow, lambda, workflow } from "@aslc/dsl";
import { validateWorkflow } from "@aslc/compiler";

const input = z.object({ a: z.string(), n: z.number(), items: z.array(z.string()), order: z.object({ id: z.string() }) });
const fn = lambda.function("arn:aws:lambda:us-east-1:123456789012:function:f");
const jsonataFlow = () => workflow("J", { input, queryLanguage: "JSONata" }) as any;
const jsonPathFlow = () => workflow("P", { input }) as any;

/** The diagnostics of this part of the validator (ASLC130–149). */
function variableProblems(wf: unknown) {
  return validateWorkflow(buildWorkflow(wf)).filter((d) => /^ASLC1[34]\d$/.test(d.code));
}

function withCode(wf: unknown, code: string) {
  return variableProblems(wf).filter((d) => d.code === code);
}

describe("variable names", () => {
  it("ASLC144: sub-path assignment, non-identifiers and names over 80 characters", () => {
    const long = "v".repeat(81);
    const wf = jsonataFlow().pass("P", { assign: { "order.id": 1, "list[0]": 2, "1st": 3, "my-name": 4, [long]: 5 } });
    const messages = withCode(wf, "ASLC144").map((d) => d.message);
    expect(messages).toHaveLength(5);
    expect(messages.find((m) => m.includes("Assign.order.id"))).toContain("assign the whole value to order");
    expect(messages.find((m) => m.includes("Assign.list[0]"))).toContain("assign the whole value to list");
    expect(messages.find((m) => m.includes("'1st'"))).toContain("not a valid variable name");
    expect(messages.find((m) => m.includes("'my-name'"))).toContain("not a valid variable name");
    expect(messages.find((m) => m.includes("81 characters"))).toContain("at most 80");
  });

  it("ASLC144: identifiers in any script, up to 80 characters, and JSONPath keys ending in .$", () => {
    const wf = jsonPathFlow().pass("P", { assign: { _ok: 1, größe: 2, 名前: 3, ["v".repeat(80)]: 4, "picked.$": "$.a" } });
    expect(variableProblems(wf)).toEqual([]);
  });

  it("ASLC145: states is reserved, in a rule's and a catcher's assign too", () => {
    const wf = jsonataFlow()
      .task("Call", { resource: fn })
      .catch(["States.ALL"], (h: any) => h.fail("Failed"), { assign: { states: 1 } })
      .choice("Route", (c: any) => c.when("{% true %}", (b: any) => b, { assign: { states: 2 } }).otherwise((b: any) => b))
      .succeed("Done");
    const ds = withCode(wf, "ASLC145");
    expect(ds.map((d) => d.message.split(":")[1]!.trim()).sort()).toEqual(["Catch[0].Assign.states", "Choices[0].Assign.states"]);
    expect(ds[0]!.message).toContain("reserved");
  });
});

describe("use before assignment", () => {
  it("ASLC146: a read with no assignment anywhere names the variable, the state and the field", () => {
    const wf = jsonataFlow().pass("Use", { output: { total: "{% $total %}" } });
    const [d] = withCode(wf, "ASLC146");
    expect(d!.state).toBe("Use");
    expect(d!.message).toContain("Output.total reads $total");
    expect(d!.message).toContain("no state assigns $total");
  });

  it("ASLC146: assigned on one branch of a Choice only, with the path that misses it", () => {
    const wf = jsonataFlow()
      .choice("Route", (c: any) =>
        c.when("{% $states.input.n > 1 %}", (b: any) => b.pass("Set", { assign: { total: "{% $states.input.n %}" } })).otherwise((b: any) => b.pass("Skip")),
      )
      .pass("Use", { output: "{% $total %}" });
    const [d, ...more] = withCode(wf, "ASLC146");
    expect(more).toHaveLength(0);
    expect(d!.state).toBe("Use");
    expect(d!.message).toContain("Output reads $total, which is not assigned on every path to this state");
    expect(d!.message).toContain("not on the path 'Route' (Default) → 'Skip' → 'Use'");
  });

  it("assigned on every branch is accepted", () => {
    const wf = jsonataFlow()
      .choice("Route", (c: any) =>
        c.when("{% $states.input.n > 1 %}", (b: any) => b.pass("Set", { assign: { total: 1 } })).otherwise((b: any) => b.pass("Skip", { assign: { total: 0 } })),
      )
      .pass("Use", { output: "{% $total %}" });
    expect(variableProblems(wf)).toEqual([]);
  });

  it("ASLC146: a state's Assign takes effect for its successors, not for its own Output", () => {
    const own = jsonataFlow().pass("P", { assign: { x: 1 }, output: "{% $x %}" });
    expect(withCode(own, "ASLC146").map((d) => d.state)).toEqual(["P"]);
    // Every Assign reads values as on entry, so a swap works once both exist.
    const swap = jsonataFlow().pass("Init", { assign: { x: 1, y: 2 } }).pass("Swap", { assign: { x: "{% $y %}", y: "{% $x %}" } });
    expect(variableProblems(swap)).toEqual([]);
  });

  it("ASLC146: a Choice's own Assign applies whichever way it goes; a rule's only on its branch", () => {
    const stateLevel = jsonataFlow()
      .choice("Route", (c: any) => c.when("{% $states.input.n > 1 %}", (b: any) => b).otherwise((b: any) => b), { assign: { x: 1 } })
      .pass("Use", { output: "{% $x %}" });
    expect(variableProblems(stateLevel)).toEqual([]);
    const ruleOnly = jsonataFlow()
      .choice("Route", (c: any) => c.when("{% $states.input.n > 1 %}", (b: any) => b, { assign: { y: 2 } }).otherwise((b: any) => b))
      .pass("Use", { output: "{% $y %}" });
    const [d] = withCode(ruleOnly, "ASLC146");
    expect(d!.message).toContain("not on the path 'Route' (Default) → 'Use'");
  });

  it("ASLC146: a matched catcher applies only its own Assign", () => {
    const wf = jsonataFlow()
      .task("Call", { resource: fn, assign: { r: "{% $states.result %}" } })
      .catch(["States.ALL"], (h: any) => h.pass("Handle", { output: "{% $r %}" }).succeed("Handled"))
      .succeed("Done");
    const [d] = withCode(wf, "ASLC146");
    expect(d!.state).toBe("Handle");
    expect(d!.message).toContain("'Call' (Catch[0]) → 'Handle'");
    const fixed = jsonataFlow()
      .task("Call", { resource: fn, assign: { r: "{% $states.result %}" } })
      .catch(["States.ALL"], (h: any) => h.pass("Handle", { output: "{% $r %}" }).succeed("Handled"), { assign: { r: "{% $states.errorOutput %}" } })
      .succeed("Done");
    expect(variableProblems(fixed)).toEqual([]);
  });

  it("ASLC146: loops reach a fixed point; a read at the loop head before the first assignment is found", () => {
    const counted = jsonataFlow()
      .pass("Init", { assign: { n: 0 } })
      .pass("Loop", { assign: { n: "{% $n + 1 %}" } })
      .choice("More?", (c: any) => c.when("{% $n < 3 %}", (b: any) => b.goto("Loop")).otherwise((b: any) => b))
      .succeed("Done");
    expect(variableProblems(counted)).toEqual([]);
    const uninitialised = jsonataFlow()
      .pass("Loop", { assign: { n: "{% $n + 1 %}" } })
      .choice("More?", (c: any) => c.when("{% $n < 3 %}", (b: any) => b.goto("Loop")).otherwise((b: any) => b))
      .succeed("Done");
    const [d, ...more] = withCode(uninitialised, "ASLC146");
    expect(more).toHaveLength(0);
    expect(d!.state).toBe("Loop");
    expect(d!.message).toContain("nothing assigns it before this state");
  });

  it("function names and names the expression binds are not workflow variables", () => {
    const wf = jsonataFlow().pass("P", {
      output: {
        total: "{% $sum($map($states.input.items, function($item) { $length($item) })) %}",
        doubled: "{% ($d := $states.input.n; $d * 2) %}",
        indexed: "{% $states.input.items#$i.{ 'at': $i } %}",
        passed: "{% $map($states.input.items, $uppercase) %}",
      },
    });
    expect(variableProblems(wf)).toEqual([]);
  });

  it("ASLC146: JSONPath reads: template paths, intrinsic arguments, Choice Variables", () => {
    const wf = jsonPathFlow()
      .pass("Use", { parameters: { "id.$": "$order.id", "text.$": "States.Format('{} {}', $.a, $greeting)" } })
      .choice("Route", (c: any) => c.when(c.booleanEquals("$flag", true), (b: any) => b).otherwise((b: any) => b))
      .succeed("Done");
    const messages = withCode(wf, "ASLC146").map((d) => d.message);
    expect(messages.some((m) => m.includes("Parameters.id.$ reads $order"))).toBe(true);
    expect(messages.some((m) => m.includes("Parameters.text.$ reads $greeting"))).toBe(true);
    expect(messages.some((m) => m.includes("Choices[0].Variable reads $flag"))).toBe(true);
    const fixed = jsonPathFlow()
      .pass("Keep", { assign: { "order.$": "$.order", "greeting.$": "$.a", flag: true } })
      .pass("Use", { parameters: { "id.$": "$order.id", "text.$": "States.Format('{} {}', $.a, $greeting)" } })
      .choice("Route", (c: any) => c.when(c.booleanEquals("$flag", true), (b: any) => b).otherwise((b: any) => b))
      .succeed("Done");
    expect(variableProblems(fixed)).toEqual([]);
  });
});

describe("scopes", () => {
  it("a branch reads outer variables assigned before the Parallel", () => {
    const wf = jsonataFlow()
      .pass("Init", { assign: { who: "{% $states.input.a %}" } })
      .parallel("Fan", [(b: any) => b.pass("One", { output: "{% $who %}" }), (b: any) => b.pass("Two", { output: "{% $who %}" })]);
    expect(variableProblems(wf)).toEqual([]);
  });

  it("ASLC146: an outer variable assigned after the Map is not readable inside it", () => {
    const wf = jsonataFlow()
      .map("Each", { items: "{% $states.input.items %}" }, (m: any) => m.pass("Item", { output: "{% $later %}" }))
      .pass("Later", { assign: { later: 1 } });
    const [d] = withCode(wf, "ASLC146");
    expect(d!.state).toBe("Item");
    expect(d!.message).toContain("not on the path 'Each' → 'Item'");
  });

  it("ASLC146: variables set inside a branch end with it", () => {
    const wf = jsonataFlow()
      .parallel("Fan", [(b: any) => b.pass("Inner", { assign: { partial: 1 } })])
      .pass("After", { output: "{% $partial %}" });
    const [d] = withCode(wf, "ASLC146");
    expect(d!.state).toBe("After");
    expect(d!.message).toContain("assigned only inside branch 1 of Parallel 'Fan'");
    expect(d!.message).toContain("variables set inside a Parallel branch or Map iteration end with it: return the value through the branch's output");
  });

  it("ASLC147: an inner scope may not assign an outer variable, even one assigned later", () => {
    const wf = jsonataFlow()
      .pass("Init", { assign: { total: 0 } })
      .map("Each", { items: "{% $states.input.items %}" }, (m: any) => m.pass("Item", { assign: { total: 1 } }))
      .parallel("Fan", [(b: any) => b.pass("Inner", { assign: { after: 1 } })])
      .pass("Later", { assign: { after: 2 } });
    const ds = withCode(wf, "ASLC147");
    expect(ds.map((d) => d.state)).toEqual(["Item", "Inner"]);
    expect(ds[0]!.message).toContain("$total is a variable of the workflow (assigned by 'Init')");
    expect(ds[0]!.message).toContain("may read outer variables but not assign them");
  });

  it("a catcher on the Parallel belongs to the outer scope, and sibling branches may share names", () => {
    const wf = jsonataFlow()
      .pass("Init", { assign: { status: "new" } })
      .parallel("Fan", [(b: any) => b.pass("A", { assign: { local: 1 } }), (b: any) => b.pass("B", { assign: { local: 2 } })])
      .catch(["States.ALL"], (h: any) => h.pass("Recover", { output: "{% $status %}" }), { assign: { status: "failed" } })
      .pass("Done", { output: "{% $status %}" });
    expect(variableProblems(wf)).toEqual([]);
  });

  it("ASLC148: a Distributed Map cannot read outer variables", () => {
    const distributed = (mode: "INLINE" | "DISTRIBUTED") =>
      jsonataFlow()
        .pass("Init", { assign: { who: "{% $states.input.a %}" } })
        .map("Each", { items: "{% $states.input.items %}", mode, ...(mode === "DISTRIBUTED" ? { executionType: "EXPRESS" } : {}) }, (m: any) =>
          m.pass("Item", { output: "{% $who %}" }),
        );
    const [d] = withCode(distributed("DISTRIBUTED"), "ASLC148");
    expect(d!.state).toBe("Item");
    expect(d!.message).toContain("a Distributed Map cannot read outer variables");
    expect(d!.message).toContain("itemSelector of 'Each'");
    expect(variableProblems(distributed("INLINE"))).toEqual([]);
  });
});
