/**
 * The schema flow through JSONata states and workflow variables: `$states.input`, Arguments,
 * `$states.result`, Output and its defaults, Catchers, Choice rules, Parallel and Map; the
 * schema a JSONata value gives; the schema of every variable at every state; the Lambda
 * contracts of JSONata tasks.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildWorkflow, lambda, workflow, type Buildable } from "@aslc/dsl";
import { renderContracts } from "@aslc/compiler";
import { flowSchemas, handlerContracts, type StateSchemas } from "@aslc/compiler/internal";
import { flat } from "./support.ts";

const Order = z.object({
  id: z.string(),
  customer: z.object({ name: z.string(), email: z.string().optional() }),
  items: z.array(z.object({ sku: z.string(), price: z.number() })),
});
const Receipt = z.object({ receiptId: z.string(), total: z.number() });
const invoke = (name: string) => lambda.invoke(`arn:aws:lambda:us-east-1:123456789012:function:${name}`);
/** Chains are loosely typed here: these tests are about the compiler, not the chain's types. */
const jsonataWorkflow = (input: z.ZodType = Order): any => workflow("W", { input, queryLanguage: "JSONata" });

function state(wf: Buildable, name: string): StateSchemas {
  const found = flowSchemas(buildWorkflow(wf)).states.get(name);
  if (!found) throw new Error(`no state ${name}`);
  return found;
}

/** The type text of an expression's schema: a Pass whose Output is the expression. */
function typeOf(expression: string, input: z.ZodType = Order, variables: Record<string, string> = {}): string {
  let wf = jsonataWorkflow(input);
  if (Object.keys(variables).length > 0) wf = wf.pass("Set", { assign: variables });
  return flat(state(wf.pass("Probe", { output: expression }), "Probe").output);
}

function variablesAt(wf: Buildable, name: string): Record<string, string> {
  return Object.fromEntries([...state(wf, name).variables].map(([variable, schema]) => [variable, flat(schema)]));
}

describe("the payload through JSONata states", () => {
  it("gives a Task's work its Arguments, reads $states.result in Output, and hands on the Output", () => {
    const wf = jsonataWorkflow()
      .task("Charge", {
        resource: invoke("Charge"),
        payload: { orderId: "{% $states.input.id %}", count: "{% $count($states.input.items) %}" },
        result: Receipt,
        output: { receipt: "{% $states.result.Payload.receiptId %}", paid: "{% $states.result.Payload.total %}", order: "{% $states.input.id %}" },
      })
      .succeed("Done");
    const charge = state(wf, "Charge");
    expect(flat(charge.input)).toBe(flat(Order));
    expect(flat(charge.effectiveInput!)).toBe('{ FunctionName: "arn:aws:lambda:us-east-1:123456789012:function:Charge"; Payload: { orderId: string; count: number; }; }');
    expect(flat(charge.result!)).toContain(`Payload: ${flat(Receipt)}`);
    expect(flat(charge.output)).toBe("{ receipt: string; paid: number; order: string; }");
    expect(flat(state(wf, "Done").input)).toBe("{ receipt: string; paid: number; order: string; }");
  });

  it("outputs the result of a Task without Output, and the input of a Pass or Wait without one", () => {
    const wf = jsonataWorkflow()
      .pass("Keep")
      .wait("Pause", { seconds: 1 })
      .task("Call", { resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:F"), result: Receipt })
      .succeed("Done");
    expect(flat(state(wf, "Keep").output)).toBe(flat(Order));
    expect(flat(state(wf, "Pause").output)).toBe(flat(Order));
    expect(flat(state(wf, "Call").effectiveInput!)).toBe(flat(Order));
    expect(flat(state(wf, "Done").input)).toBe(flat(Receipt));
  });

  it("hands a Catcher's handler $states.errorOutput, or the Catcher's Output", () => {
    const wf = jsonataWorkflow()
      .task("Call", { resource: invoke("F"), result: Receipt })
      .catch(["States.Timeout"], (h: any) => h.pass("TimedOut").succeed("Late"))
      .catch(["States.ALL"], (h: any) => h.succeed("Failed"), { output: { why: "{% $states.errorOutput.Cause %}", order: "{% $states.input.id %}" } });
    expect(flat(state(wf, "TimedOut").input)).toBe("{ Error: string; Cause: string; }");
    expect(flat(state(wf, "Failed").input)).toBe("{ why: string; order: string; }");
  });

  it("lets a Choice rule's Output replace the state's on that rule's transition", () => {
    const wf = jsonataWorkflow().choice(
      "Route",
      (c: any) =>
        c
          .when("{% $count($states.input.items) > 2 %}", (b: any) => b.succeed("Bulk"), { output: { bulk: "{% $states.input.items.sku %}" } })
          .otherwise((b: any) => b.succeed("Single")),
      { output: { single: "{% $states.input.customer.name %}" } },
    );
    expect(flat(state(wf, "Bulk").input)).toBe("{ bulk: string[]; }");
    expect(flat(state(wf, "Single").input)).toBe("{ single: string; }");
  });

  it("runs Parallel branches on the Arguments and outputs the tuple of their outputs", () => {
    const wf = jsonataWorkflow().parallel(
      "Both",
      [(b: any) => b.pass("Left"), (b: any) => b.pass("Right", { output: "{% $states.input.who %}" })],
      { arguments: { who: "{% $states.input.customer.name %}" } },
    );
    expect(flat(state(wf, "Left").input)).toBe("{ who: string; }");
    expect(flat(state(wf, "Both").output)).toBe("[{ who: string; }, string]");
  });

  it("iterates over Items given as an expression, and reshapes each with ItemSelector", () => {
    const wf = jsonataWorkflow().map(
      "Each",
      {
        items: "{% $states.input.items %}",
        itemSelector: { sku: "{% $states.context.Map.Item.Value.sku %}", position: "{% $states.context.Map.Item.Index %}", order: "{% $states.input.id %}" },
      },
      (m: any) => m.pass("Item", { output: "{% $states.input.position %}" }),
    );
    expect(flat(state(wf, "Item").input)).toBe("{ sku: string; position: number; order: string; }");
    expect(flat(state(wf, "Each").output)).toBe("number[]");
  });

  it("iterates over an array literal, or over the input: its elements, or an object's values", () => {
    const literal = jsonataWorkflow().map("Each", { items: [1, "two"] }, (m: any) => m.pass("Item"));
    expect(flat(state(literal, "Item").input)).toBe('1 | "two"');
    const whole = jsonataWorkflow(z.array(z.object({ n: z.number() }))).map("Each", {}, (m: any) => m.pass("Item"));
    expect(flat(state(whole, "Item").input)).toBe("{ n: number; }");
    const byValue = jsonataWorkflow(z.object({ a: z.number(), b: z.string() })).map("Each", {}, (m: any) => m.pass("Item"));
    expect(flat(state(byValue, "Item").input)).toBe("number | string");
    const notArray = flowSchemas(buildWorkflow(jsonataWorkflow(z.string()).map("Each", {}, (m: any) => m.pass("Item"))));
    expect(notArray.problems.map((p) => p.message)).toEqual([expect.stringContaining("not an array, so the Map has no items")]);
  });

  it("follows JSONata states inside a JSONPath machine", () => {
    const wf = (workflow("W", { input: Order }) as any)
      .pass("Pick", { parameters: { "name.$": "$.customer.name" } })
      .pass("Shout", { queryLanguage: "JSONata", output: { loud: "{% $uppercase($states.input.name) %}" } })
      .succeed("Done");
    expect(flat(state(wf, "Shout").input)).toBe("{ name: string; }");
    expect(flat(state(wf, "Done").input)).toBe("{ loud: string; }");
  });
});

describe("the schema of a JSONata value", () => {
  it("gives literals their literal schemas, objects and arrays member by member", () => {
    const wf = jsonataWorkflow().pass("Probe", { output: { n: 1, s: "text", b: true, nothing: null, list: [1, { k: "v" }] } });
    expect(flat(state(wf, "Probe").output)).toBe('{ n: 1; s: "text"; b: true; nothing: null; list: [1, { k: "v"; }]; }');
  });

  it("follows paths, mapping over arrays and flattening", () => {
    expect(typeOf("{% $states.input.customer.name %}")).toBe("string");
    expect(typeOf("{% $states.input.items.price %}")).toBe("number[]");
    expect(typeOf("{% $states.input.items[0].sku %}")).toBe("string");
    expect(typeOf("{% $states.input.items[price > 10] %}")).toBe("{ sku: string; price: number; }[]");
    expect(typeOf("{% $states.input.items.(price * 2) %}")).toBe("number[]");
    const Nested = z.object({ orders: z.array(z.object({ lines: z.array(z.object({ qty: z.number() })) })) });
    expect(typeOf("{% $states.input.orders.lines %}", Nested)).toBe("{ qty: number; }[]");
    expect(typeOf("{% $states.input.orders.lines.qty %}", Nested)).toBe("number[]");
  });

  it("keeps an optional field optional inside an object constructor", () => {
    expect(typeOf('{% {"mail": $states.input.customer.email, "id": $states.input.id} %}')).toBe("{ mail?: string | undefined; id: string; }");
  });

  it("types literals, operators, conditions and constructors", () => {
    expect(typeOf("{% 'x' %}")).toBe('"x"');
    expect(typeOf("{% 42 %}")).toBe("42");
    expect(typeOf("{% null %}")).toBe("null");
    expect(typeOf("{% $states.input.id = 'a' %}")).toBe("boolean");
    expect(typeOf("{% $exists($states.input.id) and true %}")).toBe("boolean");
    expect(typeOf("{% $states.input.items[0].price * 2 %}")).toBe("number");
    expect(typeOf("{% $states.input.id & '-' & $states.input.customer.name %}")).toBe("string");
    expect(typeOf("{% $states.input.id = 'a' ? 1 : 'none' %}")).toBe('1 | "none"');
    expect(typeOf("{% [$states.input.id, 2] %}")).toBe("[string, 2]");
    expect(typeOf("{% [$states.input.items.sku, 'extra'] %}")).toBe('(string | "extra")[]');
  });

  it("types calls of the functions with a plain result", () => {
    expect(typeOf("{% $sum($states.input.items.price) %}")).toBe("number");
    expect(typeOf("{% $states.input.items ~> $count() %}")).toBe("number");
    expect(typeOf("{% $join($states.input.items.sku, ',') %}")).toBe("string");
    expect(typeOf("{% $uuid() %}")).toBe("string");
    expect(typeOf("{% $contains($states.input.id, 'x') %}")).toBe("boolean");
    expect(typeOf("{% $range(0, 10, 2) %}")).toBe("number[]");
    expect(typeOf("{% $partition($states.input.items, 2) %}")).toBe("{ sku: string; price: number; }[][]");
  });

  it("gives unknown for what it does not follow", () => {
    expect(typeOf("{% $map($states.input.items, function($i) { $i.sku }) %}")).toBe("unknown");
    expect(typeOf("{% $states.input.items{sku: price} %}")).toBe("Record<string, unknown>");
    expect(typeOf("{% $notAssigned %}")).toBe("unknown");
  });

  it("reads workflow variables", () => {
    expect(typeOf("{% $order.customer.name %}", Order, { order: "{% $states.input %}" })).toBe("string");
    expect(typeOf("{% $n + 1 %}", Order, { n: "{% 1 %}" })).toBe("number");
  });
});

describe("the variables at each state", () => {
  it("sets JSONata Assign values on the transition, read with the variables as they were on entry", () => {
    const wf = jsonataWorkflow()
      .pass("First", { assign: { id: "{% $states.input.id %}", count: "{% $count($states.input.items) %}" } })
      .task("Charge", { resource: invoke("Charge"), result: Receipt, assign: { receipt: "{% $states.result.Payload %}", previous: "{% $id %}" } })
      .succeed("Done");
    expect(variablesAt(wf, "First")).toEqual({});
    expect(variablesAt(wf, "Charge")).toEqual({ id: "string", count: "number" });
    expect(variablesAt(wf, "Done")).toEqual({ id: "string", count: "number", receipt: flat(Receipt), previous: "string" });
  });

  it("reads JSONPath Assign templates against the result after ResultSelector", () => {
    const wf = (workflow("W", { input: Order }) as any)
      .task("Charge", {
        resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:F"),
        result: Receipt,
        resultSelector: { "paid.$": "$.total" },
        resultPath: "$.charge",
        assign: { "paid.$": "$.paid", "when.$": "$$.State.EnteredTime", fixed: 3 },
      })
      .pass("Copy", { assign: { "again.$": "$paid", "name.$": "$.customer.name" } })
      .pass("Use", { parameters: { "amount.$": "$again" } })
      .succeed("Done");
    expect(variablesAt(wf, "Copy")).toEqual({ paid: "number", when: "string", fixed: "3" });
    expect(variablesAt(wf, "Use")).toMatchObject({ again: "number", name: "string" });
    expect(flat(state(wf, "Use").output)).toBe("{ amount: number; }");
  });

  it("gives a variable the union of what the paths that set it give, where they meet", () => {
    const wf = jsonataWorkflow()
      .choice("Route", (c: any) =>
        c
          .when("{% $states.input.id = 'a' %}", (b: any) => b.pass("A", { assign: { tag: "{% 'a' %}", both: 1 } }))
          .when("{% $states.input.id = 'b' %}", (b: any) => b.pass("B", { assign: { tag: "{% 2 %}", both: "{% $states.input.id %}" } }))
          .otherwise((b: any) => b.pass("C", { assign: { both: true } })),
      )
      .pass("Join")
      .succeed("Done");
    expect(variablesAt(wf, "Join")).toEqual({ tag: '"a" | 2', both: "1 | string | true" });
  });

  it("applies a Catcher's Assign on its own transition only, a Choice's own Assign on every transition and a rule's on its own", () => {
    const wf = jsonataWorkflow()
      .task("Call", { resource: invoke("F"), result: Receipt, assign: { ok: true } })
      .catch(["States.ALL"], (h: any) => h.pass("Recover").succeed("Recovered"), { assign: { error: "{% $states.errorOutput.Error %}" } })
      .choice(
        "Route",
        (c: any) =>
          c
            .when("{% $ok %}", (b: any) => b.succeed("Flagged"), { assign: { flagged: "{% $states.input.Payload.total > 100 %}" } })
            .otherwise((b: any) => b.succeed("Plain")),
        { assign: { routed: "{% 'default' %}" } },
      );
    expect(variablesAt(wf, "Recover")).toEqual({ error: "string" });
    expect(variablesAt(wf, "Route")).toEqual({ ok: "true" });
    expect(variablesAt(wf, "Flagged")).toEqual({ ok: "true", routed: '"default"', flagged: "boolean" });
    expect(variablesAt(wf, "Plain")).toEqual({ ok: "true", routed: '"default"' });
  });

  it("starts branches and inline processors with the outer variables, and keeps their assignments inside", () => {
    const wf = jsonataWorkflow()
      .pass("Set", { assign: { outer: "{% $states.input.id %}" } })
      .parallel("Fan", [(b: any) => b.pass("Inner", { assign: { inner: 1 } }).pass("After")])
      .map("Each", { items: "{% $states.input %}" }, (m: any) => m.pass("Item"))
      .succeed("Done");
    expect(variablesAt(wf, "Inner")).toEqual({ outer: "string" });
    expect(variablesAt(wf, "After")).toEqual({ outer: "string", inner: "1" });
    expect(variablesAt(wf, "Item")).toEqual({ outer: "string" });
    expect(variablesAt(wf, "Done")).toEqual({ outer: "string" });
  });

  it("starts a distributed Map's processor with no variables", () => {
    const wf = jsonataWorkflow()
      .pass("Set", { assign: { outer: 1 } })
      .map("Each", { items: "{% $states.input.items %}", mode: "DISTRIBUTED", executionType: "STANDARD" }, (m: any) => m.pass("Item"));
    expect(variablesAt(wf, "Item")).toEqual({});
    expect(variablesAt(wf, "Each")).toEqual({ outer: "1" });
  });

  it("settles around a loop", () => {
    const wf = jsonataWorkflow()
      .pass("Init", { assign: { attempts: 0 } })
      .pass("Try", { assign: { attempts: "{% $attempts + 1 %}" } })
      .choice("Again?", (c: any) => c.when("{% $attempts < 3 %}", (b: any) => b.goto("Try")).otherwise((b: any) => b.succeed("Stop")));
    expect(variablesAt(wf, "Try")).toEqual({ attempts: "0 | number" });
    expect(variablesAt(wf, "Stop")).toEqual({ attempts: "number" });
  });
});

describe("the Lambda contracts of JSONata tasks", () => {
  const wf = jsonataWorkflow()
    .task("Charge", {
      resource: invoke("Charge"),
      payload: { orderId: "{% $states.input.id %}", amounts: "{% $states.input.items.price %}" },
      result: Receipt,
      output: "{% $states.result.Payload %}",
    })
    .task("Email", { resource: invoke("Email"), payload: { receipt: "{% $states.input.receiptId %}", total: "{% $states.input.total %}" } });

  it("takes the event from Arguments.Payload and the result from the declared schema", () => {
    const [charge, email] = handlerContracts(buildWorkflow(wf));
    expect(flat(charge!.event)).toBe("{ orderId: string; amounts: number[]; }");
    expect(flat(charge!.result)).toBe(flat(Receipt));
    expect(charge!.functionName).toBe("arn:aws:lambda:us-east-1:123456789012:function:Charge");
    // The Output handed the handler's result on: the next task's event is built from it.
    expect(flat(email!.event)).toBe("{ receipt: string; total: number; }");
  });

  it("renders the event interface from the Arguments", () => {
    const text = renderContracts(buildWorkflow(wf));
    expect(text).toContain("export interface ChargeEvent {\n  orderId: string;\n  amounts: number[];\n}");
    expect(text).toContain("export interface EmailEvent {\n  receipt: string;\n  total: number;\n}");
  });

  it("sends the whole input when the payload is not given", () => {
    const plain = jsonataWorkflow().task("Call", { resource: invoke("F") });
    expect(flat(handlerContracts(buildWorkflow(plain))[0]!.event)).toBe(flat(Order));
  });
});
