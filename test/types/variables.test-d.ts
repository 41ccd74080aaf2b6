// Workflow variables: what Assign gives, where a variable may be read (assigned on every path
// to the state), and the scopes of Parallel branches and Map iterations.
import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import { lambda, ref, workflow, type PayloadOf, type VariablesOf } from "@aslc/dsl";

const Input = z.object({ orderId: z.string(), total: z.number(), items: z.array(z.object({ sku: z.string() })) });
type Input = z.output<typeof Input>;
const Charged = z.object({ ok: z.boolean(), receipt: z.string() });

const start = workflow("Vars", { input: Input, queryLanguage: "JSONata" });
const classic = workflow("ClassicVars", { input: Input });

describe("Assign gives variables their types", () => {
  test("JSONata: from the input, literals and the result", () => {
    const wf = start
      .pass("Remember", { assign: { orderId: "{% $states.input.orderId %}", attempts: 0, tags: ["new"] } })
      .task("Charge", { resource: lambda.invoke("charge"), result: Charged, assign: { receipt: "{% $states.result.Payload.receipt %}" } });
    expectTypeOf<VariablesOf<typeof wf>>().toEqualTypeOf<{ orderId: string; attempts: 0; tags: ["new"]; receipt: string }>();
  });

  test("JSONPath: a template read against the state's input (or result)", () => {
    const wf = classic
      .pass("Remember", { assign: { "orderId.$": "$.orderId", total: ref("$.total") } })
      .task("Charge", { resource: lambda.function("${Charge}"), result: Charged, assign: { "ok.$": "$.ok" } });
    expectTypeOf<VariablesOf<typeof wf>>().toEqualTypeOf<{ orderId: string; total: number; ok: boolean }>();
  });

  test("a later Assign replaces a variable's type", () => {
    const wf = start.pass("A", { assign: { n: "{% $states.input.total %}" } }).pass("B", { assign: { n: "{% $states.input.orderId %}" } });
    expectTypeOf<VariablesOf<typeof wf>>().toEqualTypeOf<{ n: string }>();
  });
});

describe("reading variables", () => {
  test("a JSONata reference to a variable has its type", () => {
    const wf = start.pass("Remember", { assign: { total: "{% $states.input.total %}" } }).pass("Use", { output: { t: "{% $total %}" } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ t: number }>();
  });

  test("a JSONPath reference to a variable, in a template and in a Choice", () => {
    const wf = classic
      .pass("Remember", { assign: { "order.$": "$" } })
      .choice("Big?", (c) => c.when(c.numericGreaterThan("$order.total", 100), (b) => b.pass("Big", { parameters: { "id.$": "$order.orderId" } })).otherwise((b) => b.pass("Small", { parameters: { id: ref("$order.orderId") } })));
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ id: string }>();
  });

  test("a variable read before any state assigns it", () => {
    // @ts-expect-error $total is not assigned on every path to this state: assign it in an earlier state (assign: { total: … })
    start.pass("Use", { output: { t: "{% $total %}" } });
  });

  test("a variable read inside a larger expression", () => {
    // @ts-expect-error $discount is not assigned on every path to this state: assign it in an earlier state (assign: { discount: … })
    start.pass("Use", { output: { t: "{% $states.input.total * (1 - $discount) %}" } });
  });

  test("names bound inside the expression are not workflow variables", () => {
    start.pass("Use", { output: { t: "{% ($rate := 0.2; $states.input.total * $rate) %}" } });
  });

  test("a field of a variable that does not exist", () => {
    // @ts-expect-error $order has no field 'totl'
    classic.pass("Remember", { assign: { "order.$": "$" } }).pass("Use", { parameters: { "t.$": "$order.totl" } });
  });

  test("a JSONPath variable read before assignment", () => {
    // @ts-expect-error $order is not assigned on every path to this state: assign it in an earlier state (assign: { order: … })
    classic.pass("Use", { parameters: { "t.$": "$order.total" } });
  });
});

describe("paths that meet", () => {
  test("a variable every branch assigns can be read after them", () => {
    const wf = start
      .choice("Route", (c) =>
        c.when("{% $states.input.total > 100 %}", (b) => b.pass("Big", { assign: { size: "big" } })).otherwise((b) => b.pass("Small", { assign: { size: "small" } })),
      )
      .pass("Use", { output: { size: "{% $size %}" } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ size: "big" | "small" }>();
  });

  test("a variable only one branch assigns cannot", () => {
    const routed = start.choice("Route", (c) =>
      c.when("{% $states.input.total > 100 %}", (b) => b.pass("Big", { assign: { size: "big" } })).otherwise((b) => b),
    );
    // @ts-expect-error $size is not assigned on every path to this state: assign it in an earlier state (assign: { size: … })
    routed.pass("Use", { output: { size: "{% $size %}" } });
  });

  test("a rule's Assign applies on its branch, after the Choice's own, which applies either way", () => {
    const wf = start.choice(
      "Route",
      (c) => c.when("{% $states.input.total > 100 %}", (b) => b, { assign: { lane: "express" } }).otherwise((b) => b),
      { assign: { lane: "standard", seen: true } },
    );
    expectTypeOf<VariablesOf<typeof wf>>().toEqualTypeOf<{ lane: "express"; seen: true } | { lane: "standard"; seen: true }>();
  });

  test("a catcher's Assign applies in its handler", () => {
    const wf = start
      .task("Charge", { resource: lambda.invoke("charge"), result: Charged, assign: { charged: true } })
      .catch(["States.ALL"], (h) => h.pass("Note", { output: { why: "{% $failure.Cause %}" } }), { assign: { failure: "{% $states.errorOutput %}" } });
    expectTypeOf<PayloadOf<typeof wf>>().toMatchTypeOf<{ why: string } | object>();
    start
      .task("Charge", { resource: lambda.invoke("charge"), assign: { charged: true } })
      // @ts-expect-error $charged is not assigned on every path to this state: assign it in an earlier state (assign: { charged: … })
      .catch(["States.ALL"], (h) => h.pass("Note", { output: "{% $charged %}" }));
  });
});

describe("scopes", () => {
  const remembered = start.pass("Remember", { assign: { orderId: "{% $states.input.orderId %}" } });

  test("a Parallel branch reads the variables of the enclosing scope", () => {
    const wf = remembered.parallel("Both", [(b) => b.pass("A", { output: "{% $orderId %}" })]);
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<[string]>();
  });

  test("an inline Map iteration reads them too", () => {
    remembered.map("Each", { items: "{% $states.input.items %}" }, (item) => item.pass("Line", { output: { order: "{% $orderId %}", sku: "{% $states.input.sku %}" } }));
  });

  test("a branch may not assign a variable of the enclosing scope", () => {
    remembered.parallel("Both", [
      // @ts-expect-error $orderId belongs to the enclosing scope: a Parallel branch or Map iteration can read it but not assign it; hand the value out through the branch's output
      (b) => b.pass("A", { assign: { orderId: "other" } }),
    ]);
  });

  test("a Distributed Map's iterations see none of the parent's variables", () => {
    remembered.map("Each", { items: "{% $states.input.items %}", mode: "DISTRIBUTED", executionType: "EXPRESS" }, (item) =>
      // @ts-expect-error $orderId is not assigned on every path to this state: assign it in an earlier state (assign: { orderId: … })
      item.pass("Line", { output: "{% $orderId %}" }),
    );
  });

  test("variables set inside a branch end with it: results leave through its output", () => {
    const wf = start.parallel("Both", [(b) => b.pass("A", { assign: { inner: 1 }, output: { inner: "{% 1 %}" } })]);
    expectTypeOf<VariablesOf<typeof wf>>().toEqualTypeOf<{}>();
    // @ts-expect-error $inner is not assigned on every path to this state: assign it in an earlier state (assign: { inner: … })
    wf.pass("Use", { output: "{% $inner %}" });
  });

  test("a Parallel's own catcher is in the enclosing scope and may assign", () => {
    remembered.parallel("Both", [(b) => b.pass("A")]).catch(["States.ALL"], (h) => h.pass("Handled"), { assign: { orderId: "failed" } });
  });
});

describe("names", () => {
  test("states is reserved", () => {
    // @ts-expect-error states is reserved for $states: give the variable another name
    start.pass("A", { assign: { states: 1 } });
  });

  test("Assign sets whole variables", () => {
    // @ts-expect-error Assign sets whole variables: 'order.id.$' assigns into a variable; assign the whole value instead
    classic.pass("A", { assign: { "order.id.$": "$.orderId" } });
  });
});

describe("variables in JSONPath path fields", () => {
  test("OutputPath and InputPath may name a variable; the payload is then unknown to the types", () => {
    const wf = classic.pass("Remember", { assign: { "order.$": "$" } }).pass("Pick", { outputPath: "$order" });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<unknown>();
    classic.pass("Remember", { assign: { "order.$": "$" } }).pass("Pick", { inputPath: "$order", parameters: { "x.$": "$" } });
  });
});
