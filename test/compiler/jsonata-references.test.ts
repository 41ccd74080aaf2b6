/**
 * Field names checked against the schemas they read: JSONata paths from `$states.input`,
 * `$states.result`, `$states.errorOutput`, `$states.context` and variables (ASLC150, ASLC151), and
 * JSONPath `$name.field` references (ASLC152). Workflows are built through loosely typed chains,
 * as a JavaScript author could write them. Each is a warning: Step Functions knows no schema.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildWorkflow, lambda, workflow } from "@aslc/dsl";
import { validateWorkflow, type Diagnostic } from "@aslc/compiler";
import { lineOf } from "../support/diagnose.ts";

const here = fileURLToPath(import.meta.url);
const source = readFileSync(here, "utf8");
const Order = z.object({
  id: z.string(),
  customer: z.object({ name: z.string() }),
  items: z.array(z.object({ sku: z.string(), price: z.number() })),
});
const Receipt = z.object({ receiptId: z.string(), total: z.number() });
const invoke = lambda.invoke("arn:aws:lambda:us-east-1:123456789012:function:F");
const jsonataWorkflow = (input: z.ZodType = Order): any => workflow("W", { input, queryLanguage: "JSONata" });
const jsonPathWorkflow = (input: z.ZodType = Order): any => workflow("W", { input });

const CODES = new Set(["ASLC150", "ASLC151", "ASLC152"]);

/** The diagnostics of this check only (other checks may have their own say on the same workflow). */
function references(wf: unknown): Diagnostic[] {
  const found = validateWorkflow(buildWorkflow(wf as never)).filter((d) => CODES.has(d.code));
  expect(found.every((d) => d.severity === "warning")).toBe(true);
  return found;
}

function one(wf: unknown, code: string): Diagnostic {
  const found = references(wf);
  expect(found.map((d) => d.code), JSON.stringify(found, null, 2)).toEqual([code]);
  return found[0]!;
}

describe("JSONata paths against the payload's schemas (ASLC150)", () => {
  it("names the state, the field, the path and the fields there are, and says what to do", () => {
    const wf = jsonataWorkflow().pass("Shape", { output: { who: "{% $states.input.custmer %}" } }); // @custmer
    const d = one(wf, "ASLC150");
    expect(d.state).toBe("Shape");
    expect(d.message).toContain("state 'Shape': Output.who: $states.input.custmer: the input has no field 'custmer' (fields: id, customer, items)");
    expect(d.message).toMatch(/correct the name, or add the field to the schema of what reaches this state/);
    expect(d.site).toMatchObject({ file: here, line: lineOf(source, "@custmer") });
  });

  it("reads each item of an array, in paths and in predicates", () => {
    const mapped = one(jsonataWorkflow().pass("P", { output: "{% $states.input.items.prce %}" }), "ASLC150");
    expect(mapped.message).toContain("Output: $states.input.items.prce: each item of $states.input.items has no field 'prce' (fields: sku, price)");
    const predicate = one(jsonataWorkflow().pass("P", { output: "{% $states.input.items[cost > 3] %}" }), "ASLC150");
    expect(predicate.message).toContain("each item of $states.input.items has no field 'cost'");
  });

  it("checks $states.result against the task's result, and $states.errorOutput against { Error, Cause }", () => {
    const result = one(jsonataWorkflow().task("Charge", { resource: invoke, result: Receipt, output: "{% $states.result.Payload.totl %}" }), "ASLC150");
    expect(result.message).toContain("Output: $states.result.Payload.totl: $states.result.Payload has no field 'totl' (fields: receiptId, total)");
    const error = one(
      jsonataWorkflow()
        .task("Charge", { resource: invoke, result: Receipt })
        .catch(["States.ALL"], (h: any) => h.succeed("Failed"), { output: { message: "{% $states.errorOutput.Message %}" } }),
      "ASLC150",
    );
    expect(error.state).toBe("Charge");
    expect(error.message).toContain("Catch[0].Output.message: $states.errorOutput.Message: the error output has no field 'Message' (fields: Error, Cause)");
  });

  it("checks the context object, including the Map item in an ItemSelector", () => {
    const context = one(jsonataWorkflow().pass("P", { output: "{% $states.context.Execution.Nmae %}" }), "ASLC150");
    expect(context.message).toContain("$states.context.Execution has no field 'Nmae'");
    const item = one(
      jsonataWorkflow().map("Each", { items: "{% $states.input.items %}", itemSelector: { sku: "{% $states.context.Map.Item.Value.skuu %}" } }, (m: any) => m.pass("Item")),
      "ASLC150",
    );
    expect(item.message).toContain("ItemSelector.sku: $states.context.Map.Item.Value.skuu: $states.context.Map.Item.Value has no field 'skuu' (fields: sku, price)");
  });

  it("checks the fields that move no data: Condition, TimeoutSeconds, Items, Arguments, Fail Cause", () => {
    const condition = one(
      jsonataWorkflow().choice("Route", (c: any) => c.when("{% $states.input.totl > 3 %}", (b: any) => b.succeed("Big")).otherwise((b: any) => b.succeed("Small"))),
      "ASLC150",
    );
    expect(condition.message).toContain("Choices[0].Condition: $states.input.totl");
    expect(one(jsonataWorkflow().task("T", { resource: invoke, timeoutSeconds: "{% $states.input.limit %}" }), "ASLC150").message).toContain("TimeoutSeconds: $states.input.limit");
    expect(one(jsonataWorkflow().map("Each", { items: "{% $states.input.lines %}" }, (m: any) => m.pass("Item")), "ASLC150").message).toContain("Items: $states.input.lines");
    expect(one(jsonataWorkflow().task("T", { resource: invoke, payload: { n: "{% $states.input.nme %}" } }), "ASLC150").message).toContain("Arguments.Payload.n: $states.input.nme");
    expect(one(jsonataWorkflow().fail("Stop", { error: "E", cause: "{% $states.input.reason %}" }), "ASLC150").message).toContain("Cause: $states.input.reason");
  });

  it("checks the input each state actually receives (a Task's Output, a Catcher's error output)", () => {
    const wf = jsonataWorkflow()
      .task("Charge", { resource: invoke, result: Receipt, output: "{% $states.result.Payload %}" })
      .catch(["States.ALL"], (h: any) => h.fail("Failed", { error: "E", cause: "{% $states.input.Cause %}" }))
      .pass("Next", { output: "{% $states.input.id %}" });
    const d = one(wf, "ASLC150");
    expect(d.state).toBe("Next");
    expect(d.message).toContain("the input has no field 'id' (fields: receiptId, total)");
  });

  it("accepts every field that exists, however it is reached", () => {
    const wf = jsonataWorkflow()
      .pass("Remember", { assign: { order: "{% $states.input %}", first: "{% $states.input.items[0] %}" } })
      .task("Charge", {
        resource: invoke,
        payload: { id: "{% $states.input.id %}", total: "{% $sum($states.input.items[price > 0].price) %}", who: "{% $order.customer.name %}" },
        result: Receipt,
        output: { receipt: "{% $states.result.Payload.receiptId %}", sku: "{% $first.sku %}" },
        timeoutSeconds: "{% $count($states.input.items) * 10 %}",
      })
      .catch(["States.ALL"], (h: any) => h.fail("Failed", { error: "{% $states.input.Error %}", cause: "{% $states.input.Cause %}" }), {
        output: "{% $states.errorOutput %}",
        assign: { failedAt: "{% $states.context.State.Name %}" },
      })
      .map(
        "Each",
        { items: "{% $order.items %}", itemSelector: { sku: "{% $states.context.Map.Item.Value.sku %}", receipt: "{% $states.input.receipt %}" } },
        (m: any) => m.pass("Item", { output: "{% $states.input.sku & $order.id %}" }),
      )
      .succeed("Done", { output: { id: "{% $order.id %}", n: "{% $map($states.input, function($v) { $v.anything }) %}" } });
    expect(references(wf)).toEqual([]);
  });

  it("does not check what the schemas leave open: unknown, records, open objects, unions where a member has the field", () => {
    const Loose = z.object({
      anything: z.unknown(),
      map: z.record(z.string(), z.object({ a: z.number() })),
      open: z.looseObject({ a: z.number() }),
      either: z.union([z.object({ kind: z.literal("a"), a: z.number() }), z.object({ kind: z.literal("b"), b: z.string() })]),
      maybe: z.object({ deep: z.number() }).nullable().optional(),
    });
    const wf = jsonataWorkflow(Loose).pass("P", {
      output: ["{% $states.input.anything.x.y %}", "{% $states.input.map.key.a %}", "{% $states.input.open.other %}", "{% $states.input.either.b %}", "{% $states.input.maybe.deep %}"],
    });
    expect(references(wf)).toEqual([]);
    const neither = one(jsonataWorkflow(Loose).pass("P", { output: "{% $states.input.either.c %}" }), "ASLC150");
    expect(neither.message).toContain("has no field 'c' (fields: kind, a, b)");
  });

  it("does not follow names the expression binds itself", () => {
    const wf = jsonataWorkflow()
      .pass("Set", { assign: { x: "{% $states.input.customer %}" } })
      .pass("P", { output: "{% ($x := $states.input.items; $x.sku) %}" });
    expect(references(wf)).toEqual([]);
  });
});

describe("JSONata paths against variables (ASLC151)", () => {
  it("checks a variable's fields against the schema assigned to it", () => {
    const wf = jsonataWorkflow()
      .pass("Remember", { assign: { order: "{% $states.input %}" } })
      .pass("Use", { output: "{% $order.custmer.name %}" });
    const d = one(wf, "ASLC151");
    expect(d.state).toBe("Use");
    expect(d.message).toContain("Output: $order.custmer: variable $order has no field 'custmer' (fields: id, customer, items): correct the name, or assign $order a value that has this field");
  });

  it("accepts a field set on only some of the paths' schemas (a union)", () => {
    const wf = jsonataWorkflow()
      .choice("Route", (c: any) =>
        c
          .when("{% $states.input.id = 'a' %}", (b: any) => b.pass("A", { assign: { v: { a: 1 } } }))
          .otherwise((b: any) => b.pass("B", { assign: { v: { b: 2 } } })),
      )
      .pass("Use", { output: "{% $v.b %}" });
    expect(references(wf)).toEqual([]);
    expect(one(jsonataWorkflow().pass("A", { assign: { v: { a: 1 } } }).pass("Use", { output: "{% $v.b %}" }), "ASLC151").message).toContain("variable $v has no field 'b' (fields: a)");
  });

  it("leaves the members of $states a field may read to the placement check", () => {
    expect(references(jsonataWorkflow().pass("P", { output: "{% $states.result.Payload %}" }))).toEqual([]);
    expect(references(jsonataWorkflow().task("T", { resource: invoke, output: "{% $states.errorOutput.Cause %}" }))).toEqual([]);
  });
});

describe("JSONPath $name.field references (ASLC152)", () => {
  const remembered = () => jsonPathWorkflow().pass("Remember", { assign: { "order.$": "$" } });

  it("checks template values against the variable's schema", () => {
    const d = one(remembered().pass("Use", { parameters: { "who.$": "$order.custmer.name" } }), "ASLC152");
    expect(d.state).toBe("Use");
    expect(d.message).toContain("Parameters.who.$: $order.custmer: variable $order has no field 'custmer' (fields: id, customer, items): correct the name, or assign $order a value that has this field");
  });

  it("checks intrinsic arguments, Choice Variables and Assign", () => {
    expect(one(remembered().pass("Use", { parameters: { "n.$": "States.ArrayLength($order.lines)" } }), "ASLC152").message).toContain("Parameters.n.$: $order.lines");
    const choice = remembered().choice("Route", (c: any) => c.when(c.stringEquals("$order.customer.nme", "x"), (b: any) => b.succeed("X")).otherwise((b: any) => b.succeed("Y")));
    expect(one(choice, "ASLC152").message).toContain("Choices[0].Variable: $order.customer.nme: $order.customer has no field 'nme' (fields: name)");
    expect(one(remembered().pass("Again", { assign: { "sku.$": "$order.items[0].skuu" } }), "ASLC152").message).toContain("Assign.sku.$: $order.items[0].skuu");
  });

  it("accepts fields that exist, and variables it has no schema for", () => {
    const wf = remembered()
      .pass("Use", { parameters: { "who.$": "$order.customer.name", "first.$": "$order.items[0].sku", "n.$": "States.ArrayLength($order.items)", "x.$": "$never.set" } })
      .choice("Route", (c: any) => c.when(c.stringEquals("$order.id", "a"), (b: any) => b.succeed("A")).otherwise((b: any) => b.succeed("B")));
    expect(references(wf)).toEqual([]);
  });

  it("leaves workflows without JSONata or Assign alone", () => {
    const wf = jsonPathWorkflow().pass("Use", { parameters: { "who.$": "$order.custmer" } });
    expect(references(wf)).toEqual([]);
  });
});
