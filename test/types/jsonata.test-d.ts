// JSONata states: each state kind's fields, what their expressions may read, and the payload
// that comes out (Output, or the result / the input by default).
import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import { jsonata, lambda, workflow, type LambdaInvokeResult, type PayloadOf } from "@aslc/dsl";

const Input = z.object({
  orderId: z.string(),
  total: z.number(),
  items: z.array(z.object({ sku: z.string(), qty: z.number() })),
  customer: z.object({ name: z.string(), email: z.string().optional() }),
});
type Input = z.output<typeof Input>;

const Charged = z.object({ ok: z.boolean(), receipt: z.string() });
type Charged = z.output<typeof Charged>;

const start = workflow("Jsonata", { input: Input, queryLanguage: "JSONata" });
const mixed = workflow("Mixed", { input: Input });

describe("expressions that are references or literals are typed", () => {
  test("Output reads $states.input fields", () => {
    const wf = start.pass("Shape", { output: { id: "{% $states.input.orderId %}", who: "{% $states.input.customer.name %}", n: 5, fixed: "yes" } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ id: string; who: string; n: 5; fixed: "yes" }>();
  });

  test("a step into an array maps over its elements", () => {
    const wf = start.pass("Skus", { output: { skus: "{% $states.input.items.sku %}" } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ skus: string[] }>();
  });

  test("an index selects an element; after a step that mapped over an array it is not followed", () => {
    const wf = start.pass("First", { output: { first: "{% $states.input.items[0] %}", sku: "{% $states.input.items[0].sku %}", each: "{% $states.input.items.sku[0] %}" } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ first: { sku: string; qty: number } | undefined; sku: string | undefined; each: unknown }>();
    // @ts-expect-error $states.input.items[0] has no field 'skux'
    start.pass("Bad", { output: "{% $states.input.items[0].skux %}" });
  });

  test("an optional field stays optional", () => {
    const wf = start.pass("Email", { output: { email: "{% $states.input.customer.email %}" } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ email: string | undefined }>();
  });

  test("literals, the context object, and the whole input", () => {
    const wf = start.pass("Literals", {
      output: { a: "{% 'text' %}", b: "{% 42 %}", c: "{% true %}", d: "{% $states.context.Execution.Id %}", all: "{% $states.input %}" },
    });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ a: string; b: number; c: boolean; d: string; all: Input }>();
  });

  test("other expressions are unknown; jsonata() gives them a type", () => {
    const wf = start.pass("Sum", { output: { sum: "{% $sum($states.input.items.qty) %}", typed: jsonata("$sum($states.input.items.qty)", z.number()) } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ sum: unknown; typed: number }>();
  });

  test("a whole-value expression replaces the payload", () => {
    const wf = start.pass("Customer", { output: "{% $states.input.customer %}" });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<Input["customer"]>();
  });
});

describe("Task", () => {
  test("without Output the payload is the result (lambda:invoke wraps it in Payload)", () => {
    const wf = start.task("Charge", { resource: lambda.invoke("charge"), payload: { id: "{% $states.input.orderId %}" }, result: Charged });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<LambdaInvokeResult<Charged>>();
  });

  test("Output reads $states.result", () => {
    const wf = start.task("Charge", { resource: lambda.invoke("charge"), result: Charged, output: "{% $states.result.Payload %}" });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<Charged>();
  });

  test("Output mixes the input and the result", () => {
    const wf = start.task("Charge", {
      resource: lambda.function("${ChargeArn}"),
      result: Charged,
      output: { orderId: "{% $states.input.orderId %}", receipt: "{% $states.result.receipt %}" },
    });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ orderId: string; receipt: string }>();
  });

  test("expressions in TimeoutSeconds and HeartbeatSeconds", () => {
    start.task("Charge", { resource: lambda.invoke("charge"), timeoutSeconds: "{% $states.input.total %}", heartbeatSeconds: 10, arguments: { FunctionName: "charge", Payload: "{% $states.input %}" } });
  });

  test("$states.result is not available in Arguments", () => {
    // @ts-expect-error $states.result is available only in the output and assign of a Task, Parallel or Map
    start.task("Charge", { resource: lambda.invoke("charge"), arguments: { FunctionName: "charge", Payload: "{% $states.result %}" } });
  });

  test("$states.errorOutput is only for catchers", () => {
    // @ts-expect-error $states.errorOutput is available only in the output and assign of a catcher
    start.task("Charge", { resource: lambda.invoke("charge"), output: "{% $states.errorOutput.Cause %}" });
  });

  test("a field that does not exist", () => {
    // @ts-expect-error $states.input has no field 'orderID'
    start.task("Charge", { resource: lambda.invoke("charge"), payload: { id: "{% $states.input.orderID %}" } });
  });

  test("a misspelt field inside a larger expression", () => {
    // @ts-expect-error $states.input.customer has no field 'nmae'
    start.pass("Greet", { output: { text: "{% 'Dear ' & $states.input.customer.nmae & ',' %}" } });
  });

  test("TimeoutSeconds needs a number", () => {
    // @ts-expect-error TimeoutSeconds needs a number, but $states.input.orderId is a string
    start.task("Charge", { resource: lambda.invoke("charge"), timeoutSeconds: "{% $states.input.orderId %}" });
  });

  test("JSONPath fields are refused, with what to write instead", () => {
    // @ts-expect-error parameters is a JSONPath field and this state is JSONata: give arguments
    start.task("Charge", { resource: lambda.invoke("charge"), parameters: { FunctionName: "charge" } });
    // @ts-expect-error resultPath is a JSONPath field and this state is JSONata: combine $states.input and $states.result in output
    start.task("Charge", { resource: lambda.invoke("charge"), resultPath: "$.charge" });
    // @ts-expect-error timeoutSecondsPath is a JSONPath field and this state is JSONata: give timeoutSeconds as an expression, e.g. "{% $states.input.… %}"
    start.task("Charge", { resource: lambda.invoke("charge"), timeoutSecondsPath: "$.total" });
    // A Pass has no Arguments: the hint is the one the compiler gives (ASLC131).
    // @ts-expect-error parameters is a JSONPath field and this state is JSONata: give output
    start.pass("Shape", { parameters: { id: 1 } });
    // @ts-expect-error result is a JSONPath field and this state is JSONata: give output
    start.pass("Fixed", { result: { id: 1 } });
  });

  test("JSONPath syntax inside an expression", () => {
    // @ts-expect-error JSONata reads the state's input as $states.input and the context as $states.context, not with $ or $$
    start.pass("Old", { output: "{% $.orderId %}" });
  });
});

describe("query languages", () => {
  test("a JSONata state inside a JSONPath machine, and back", () => {
    const wf = mixed
      .pass("Shape", { queryLanguage: "JSONata", output: { id: "{% $states.input.orderId %}" } })
      .pass("Keep", { parameters: { "ref.$": "$.id" } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ ref: string }>();
  });

  test("JSONata fields in a JSONPath state", () => {
    // @ts-expect-error output is a JSONata field: set queryLanguage: "JSONata" on this state or on the workflow
    mixed.pass("Shape", { output: { id: "{% $states.input.orderId %}" } });
  });

  test("an expression in a JSONPath state", () => {
    // @ts-expect-error an expression "{% … %}" needs a JSONata state: set queryLanguage: "JSONata" on this state or on the workflow
    mixed.wait("Pause", { seconds: "{% $states.input.total %}" });
  });

  test("a JSONata machine holds only JSONata states", () => {
    // @ts-expect-error a JSONata workflow holds only JSONata states: remove queryLanguage: "JSONPath"
    start.pass("Old", { queryLanguage: "JSONPath" });
  });
});

describe("Wait, Fail, Succeed", () => {
  test("Wait takes seconds or a timestamp, as expressions", () => {
    const wf = start.wait("Pause", { seconds: "{% $states.input.total %}", output: { t: "{% $states.input.total %}" } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ t: number }>();
    start.wait("Until", { timestamp: "{% $states.context.Execution.StartTime %}" });
    // @ts-expect-error give seconds or timestamp, not both
    start.wait("Both", { seconds: 1, timestamp: "2026-01-01T00:00:00Z" });
  });

  test("Fail's Error and Cause take strings", () => {
    start.fail("Failed", { error: "Payment", cause: "{% $states.input.customer.name %}" });
    // @ts-expect-error Cause needs a string, but $states.input.total is a number
    start.fail("Failed", { error: "Payment", cause: "{% $states.input.total %}" });
  });
});

describe("Choice", () => {
  test("an expression condition, and a factory condition, in the same Choice", () => {
    const wf = start
      .choice("Big?", (c) =>
        c
          .when("{% $states.input.total > 100 %}", (b) => b.pass("Big", { output: { big: true } }))
          .when(c.numericLessThan("$.total", 10), (b) => b.pass("Small", { output: { big: false } }))
          .otherwise((b) => b),
      )
      .pass("After");
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ big: true } | { big: false } | Input>();
  });

  test("a rule's Output shapes what its branch receives", () => {
    const wf = start.choice("Route", (c) =>
      c.when("{% $states.input.total > 100 %}", (b) => b, { output: { id: "{% $states.input.orderId %}" } }).otherwise((b) => b),
    );
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ id: string } | Input>();
  });

  test("the Choice's Output is what the Default and rules without an Output of their own hand on", () => {
    const wf = start.choice(
      "Route",
      (c) => c.when("{% $states.input.total > 100 %}", (b) => b).when("{% $states.input.total < 0 %}", (b) => b, { output: { refund: true } }).otherwise((b) => b),
      { output: { total: "{% $states.input.total %}" } },
    );
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ total: number } | { refund: true }>();
  });

  test("a Condition must give a boolean", () => {
    // @ts-expect-error A Condition needs a boolean, but $states.input.orderId is a string
    start.choice("Route", (c) => c.when("{% $states.input.orderId %}", "Done").otherwise("Done"));
  });

  test("an expression condition needs a JSONata Choice", () => {
    // @ts-expect-error an expression condition needs a JSONata state: set queryLanguage: "JSONata", or build the condition with the factory (c.stringEquals(…), …)
    mixed.choice("Route", (c) => c.when("{% $states.input.total > 100 %}", "Done").otherwise("Done"));
  });

  test("a Condition may be a literal boolean, as Step Functions takes it, in a JSONata Choice only", () => {
    const wf = start.choice("Route", (c) => c.when(true, (b) => b.pass("Always", { output: { always: true } })).otherwise((b) => b));
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<Input | { always: true }>();
    start.choice("Never", (c) => c.when(false, "Done").otherwise("Done"));
    // @ts-expect-error a literal condition is a JSONata Condition: set queryLanguage: "JSONata", or build the condition with the factory (c.booleanEquals(…), …)
    mixed.choice("Route", (c) => c.when(true, "Done").otherwise("Done"));
  });
});

describe("Parallel and Map", () => {
  test("Parallel: Arguments is every branch's input; the result is the tuple of outputs", () => {
    const wf = start.parallel(
      "Both",
      [(b) => b.pass("A", { output: "{% $states.input.id %}" }), (b) => b.pass("B", { output: { n: "{% $states.input.n %}" } })],
      { arguments: { id: "{% $states.input.orderId %}", n: "{% $states.input.total %}" } },
    );
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<[string, { n: number }]>();
  });

  test("Parallel: Output reads the result, a branch's output by its index", () => {
    const wf = start.parallel("Both", [(b) => b.pass("A", { output: "{% $states.input.orderId %}" }), (b) => b.pass("B", { output: { n: 1 } })], {
      output: { first: "{% $states.result[0] %}", n: "{% $states.result[1].n %}" },
    });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ first: string; n: 1 }>();
  });

  test("Map: Items and ItemSelector with the item from the context", () => {
    const wf = start.map(
      "Each",
      { items: "{% $states.input.items %}", itemSelector: { sku: "{% $states.context.Map.Item.Value.sku %}", index: "{% $states.context.Map.Item.Index %}" } },
      (item) => item.pass("Line", { output: { line: "{% $states.input.sku %}", at: "{% $states.input.index %}" } }),
    );
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ line: string; at: number }[]>();
  });

  test("Map: Items must be an array", () => {
    // @ts-expect-error Items needs an array, but $states.input.customer is an object
    start.map("Each", { items: "{% $states.input.customer %}" }, (item) => item.pass("Line"));
  });

  test("Map: the item's fields are checked", () => {
    start.map("Each", { items: "{% $states.input.items %}" }, (item) =>
      // @ts-expect-error $states.input has no field 'price'
      item.pass("Line", { output: "{% $states.input.price %}" }),
    );
  });
});

describe("Catch", () => {
  test("a JSONata catcher hands on the error output, or its Output", () => {
    const wf = start
      .task("Charge", { resource: lambda.invoke("charge"), result: Charged, output: "{% $states.result.Payload %}" })
      .catch(["States.ALL"], (h) => h.pass("Failed"));
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<Charged | { Error: string; Cause: string }>();
    const shaped = start
      .task("Charge", { resource: lambda.invoke("charge"), result: Charged, output: "{% $states.result.Payload %}" })
      .catch(["States.ALL"], (h) => h.pass("Failed"), { output: { why: "{% $states.errorOutput.Cause %}", id: "{% $states.input.orderId %}" } });
    expectTypeOf<PayloadOf<typeof shaped>>().toEqualTypeOf<Charged | { why: string; id: string }>();
  });

  test("a catcher's ResultPath is a JSONPath field", () => {
    // @ts-expect-error resultPath is a JSONPath field and this state is JSONata: give the catcher an output built from $states.errorOutput
    start.task("Charge", { resource: lambda.invoke("charge") }).catch(["States.ALL"], (h) => h.pass("Handled"), { resultPath: "$.error" });
  });
});

describe("an expression being written (the editor offers the fields after its last '.')", () => {
  test("it is taken as before, its value unknown, and the next state reads it", () => {
    const wf = start.pass("Writing", { output: { id: "{% $states.input.customer. %}", total: "{% $states.input.total %}" } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ id: unknown; total: number }>();
    start.wait("Later", { seconds: "{% $states.input. %}" }).choice("Route", (c) => c.when("{% $states.input. %}", "Later").otherwise("Later"));
  });

  test("a misspelt field before the '.' is reported as before", () => {
    start.pass("Writing", {
      // @ts-expect-error $states.input has no field 'custmer'
      output: "{% $states.input.custmer. %}",
    });
  });

  test("another option's problem is reported with its own message meanwhile", () => {
    start.pass("Writing", {
      output: "{% $states.input.customer. %}",
      assign: {
        // @ts-expect-error $states.input has no field 'totl'
        n: "{% $states.input.totl %}",
      },
    });
    start.choice("Route", (c) =>
      c
        .when("{% $states.input. %}", "Route", {
          // @ts-expect-error $states.input has no field 'totl'
          output: "{% $states.input.totl %}",
        })
        .otherwise("Route"),
    );
  });

  test("a finished expression is typed as before", () => {
    const wf = start.pass("Done", { output: { name: "{% $states.input.customer.name %}" } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ name: string }>();
  });
});
