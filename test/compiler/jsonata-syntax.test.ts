/**
 * JSONata expressions in JSONata states: whole `{% … %}` strings, valid JSONata, within what Step Functions allows, and `$states` fields read only
 * where Step Functions sets them.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildWorkflow, jsonata, lambda, workflow } from "@aslc/dsl";
import { validateWorkflow } from "@aslc/compiler";

const input = z.object({ a: z.string(), n: z.number(), items: z.array(z.object({ price: z.number(), sku: z.string() })) });
const fn = lambda.function("arn:aws:lambda:us-east-1:123456789012:function:f");
const start = () => workflow("J", { input, queryLanguage: "JSONata" }) as any;

function withCode(wf: unknown, code: string) {
  return validateWorkflow(buildWorkflow(wf)).filter((d) => d.code === code);
}

/** The diagnostics of this part of the validator (ASLC130–149). */
function expressionProblems(wf: unknown) {
  return validateWorkflow(buildWorkflow(wf)).filter((d) => /^ASLC1[34]\d$/.test(d.code));
}

const passWithOutput = (output: unknown) => start().pass("P", { output });

describe("expression delimiters", () => {
  // Step Functions requires only that the string start with {% and end with %}: AWS Step
  // Functions Developer Guide, "Transforming data with JSONata in Step Functions"
  // (https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html).
  it("no space, a tab or a line break inside the delimiters is an expression like any other", () => {
    const spellings = ["{%$states.input.a%}", "{% $states.input.a%}", "{%$states.input.a %}", "{%\t$states.input.a\n%}", "{%\n  $states.input.n * 2\n%}"];
    expect(expressionProblems(passWithOutput(Object.fromEntries(spellings.map((s, i) => [`v${i}`, s]))))).toEqual([]);
  });

  it("an expression without spaces is still checked: a parse error, a misread root", () => {
    expect(withCode(passWithOutput("{%$states.input.n +%}"), "ASLC138")).toHaveLength(1);
    expect(withCode(passWithOutput("{%$.a%}"), "ASLC141")[0]!.message).toContain('"{% $states.input.a %}"');
  });

  it("ASLC136: a space before {% or after %} puts text outside the expression", () => {
    const ds = withCode(passWithOutput({ lead: " {% $states.input.a %}", trail: "{%$states.input.a%}\n" }), "ASLC136");
    expect(ds.map((d) => d.message.split(" is ")[0])).toEqual(["state 'P': Output.lead", "state 'P': Output.trail"]);
  });

  it("ASLC136: text outside the delimiters, or one delimiter missing", () => {
    const ds = withCode(passWithOutput({ greeting: "Total: {% $states.input.n %}", open: "{% $states.input.a" }), "ASLC136");
    expect(ds.map((d) => d.message.split(" is ")[0])).toEqual(["state 'P': Output.greeting", "state 'P': Output.open"]);
    expect(ds[0]!.message).toContain("not a whole expression");
  });

  it("a literal that only contains % is not an expression", () => {
    expect(expressionProblems(passWithOutput({ note: "50% off {%", other: "100%" }))).toEqual([]);
  });

  it("ASLC137: an empty expression", () => {
    const [d] = withCode(passWithOutput("{%  %}"), "ASLC137");
    expect(d!.message).toContain("empty expression");
  });
});

describe("expression syntax", () => {
  it("ASLC138: a parse error, with the parser's message and the position in the expression", () => {
    const [d] = withCode(passWithOutput({ total: "{% $states.input.n + %}" }), "ASLC138");
    expect(d!.state).toBe("P");
    expect(d!.message).toContain('Output.total: "{% $states.input.n + %}" is not valid JSONata');
    expect(d!.message).toContain("Unexpected end of expression");
    expect(d!.message).toMatch(/at character \d+ of "\$states\.input\.n \+"/);
  });

  it("ASLC138: in a rule's Condition, a number field, and a catcher's assign", () => {
    const wf = start()
      .task("Call", { resource: fn, timeoutSeconds: "{% (30 %}" })
      .catch(["States.ALL"], (h: any) => h.fail("Failed"), { assign: { why: "{% $states.errorOutput. %}" } })
      .choice("Route", (c: any) => c.when("{% $states.input.n >> 1 %}", (b: any) => b).otherwise((b: any) => b))
      .succeed("Done");
    const places = withCode(wf, "ASLC138").map((d) => d.message.split(":")[0] + ":" + d.message.split(":")[1]);
    expect(places.sort()).toEqual(["state 'Call': Catch[0].Assign.why", "state 'Call': TimeoutSeconds", "state 'Route': Choices[0].Condition"]);
  });

  it("valid expressions of every shape are accepted", () => {
    const wf = start().pass("P", {
      output: {
        sum: "{% $sum($states.input.items.price) %}",
        cheap: "{% $states.input.items[price < 10].sku %}",
        filtered: "{% $states.input.items[$.price > 1] %}",
        mapped: "{% $map($states.input.items, function($v) { $v.sku }) %}",
        local: "{% ($x := $states.input.n; $x * 2) %}",
        parsed: "{% $parse('{\"a\": 1}') %}",
        written: jsonata("$uppercase($states.input.a)"),
      },
    });
    expect(expressionProblems(wf)).toEqual([]);
  });
});

describe("Step Functions' restrictions", () => {
  it("ASLC139: $eval is not available", () => {
    const [d] = withCode(passWithOutput("{% $eval('1 + 1') %}"), "ASLC139");
    expect(d!.message).toContain("use $parse");
  });

  it("ASLC190: an unknown function, with the nearest known one suggested", () => {
    const ds = withCode(passWithOutput({ n: "{% $cuont($states.input.items) %}", u: "{% $uppercse($states.input.a) %}", z: "{% $zzzqqq() %}" }), "ASLC190");
    expect(ds.map((d) => d.message)).toEqual([
      expect.stringMatching(/^state 'P': Output\.n: .* calls \$cuont, which is not a JSONata function: did you mean \$count\?/),
      expect.stringMatching(/calls \$uppercse, which is not a JSONata function: did you mean \$uppercase\?/),
      expect.stringMatching(/calls \$zzzqqq, which is not a JSONata function \(Step Functions fails/),
    ]);
    expect(ds[0]!.state).toBe("P");
    // Step Functions takes the definition and fails the state when it runs the call: a warning.
    expect(ds.map((d) => d.severity)).toEqual(["warning", "warning", "warning"]);
  });

  it("ASLC190: JSONata's functions, those Step Functions adds, and functions the expression binds are known", () => {
    const wf = passWithOutput({
      a: "{% $count($states.input.items) & $uuid() & $partition([1, 2], 1) & $now() & $millis() %}",
      b: "{% ($double := function($x) { $x * 2 }; $map($states.input.items.price, $double)) %}",
      c: "{% ($twice := function($x) { $x * 2 }; $twice($states.input.n)) %}",
    });
    expect(withCode(wf, "ASLC190")).toEqual([]);
  });

  it("ASLC140: an intrinsic function called in an expression; outside {% %} it is literal text", () => {
    const ds = withCode(passWithOutput({ text: "States.Format('Hello {}', 'x')", inside: "{% States.UUID() %}" }), "ASLC140");
    expect(ds).toHaveLength(1);
    expect(ds[0]!.message).toContain("Output.inside");
    expect(ds[0]!.message).toContain("JSONata states have none");
  });

  it("ASLC140: an intrinsic in a JSONPath state is fine", () => {
    const wf = workflow("P", { input }).pass("P", { parameters: { "text.$": "States.Format('Hello {}', $.a)" } }) as any;
    expect(withCode(wf, "ASLC140")).toEqual([]);
  });

  it("ASLC141: $ and $$ at the top of an expression, as JSONPath would write them", () => {
    const ds = withCode(passWithOutput({ a: "{% $.a %}", id: "{% $$.Execution.Id %}", bare: "{% a %}" }), "ASLC141");
    const byField = Object.fromEntries(ds.map((d) => [d.message.split(":")[1]!.trim(), d.message]));
    expect(byField["Output.a"]).toContain('"{% $states.input.a %}"');
    expect(byField["Output.id"]).toContain('"{% $states.context.Execution.Id %}"');
    expect(byField["Output.bare"]).toContain("a field name");
    expect(byField["Output.bare"]).toContain('"{% $states.input.a %}"');
  });
});

describe("$states fields", () => {
  it("ASLC142: $states.result before the work (Arguments) and in a state with no result", () => {
    const wf = start()
      .task("Call", { resource: fn, arguments: { x: "{% $states.result %}" } })
      .pass("P", { output: "{% $states.result.x %}" });
    const ds = withCode(wf, "ASLC142");
    expect(ds.map((d) => d.state)).toEqual(["Call", "P"]);
    expect(ds[0]!.message).toContain("Arguments.x");
    expect(ds[0]!.message).toContain("read it in output or assign");
    expect(ds[1]!.message).toContain("a Pass state has no result");
  });

  it("ASLC142: $states.result in a catcher, $states.errorOutput outside one", () => {
    const wf = start()
      .task("Call", { resource: fn, output: "{% $states.errorOutput %}" })
      .catch(["States.ALL"], (h: any) => h.fail("Failed"), { output: "{% $states.result %}" });
    const ds = withCode(wf, "ASLC142").map((d) => d.message);
    expect(ds.some((m) => m.includes("Catch[0].Output") && m.includes("$states.errorOutput"))).toBe(true);
    expect(ds.some((m) => m.includes("'Call': Output") && m.includes("only in the output and assign of a catcher"))).toBe(true);
  });

  it("ASLC142: each where Step Functions sets it is accepted", () => {
    const wf = start()
      .task("Call", { resource: fn, arguments: { x: "{% $states.input.a %}", ctx: "{% $states.context.Execution.Id %}" }, output: "{% $states.result %}", assign: { r: "{% $states.result %}" } })
      .catch(["States.ALL"], (h: any) => h.fail("Failed"), { output: "{% $states.errorOutput %}", assign: { e: "{% $states.errorOutput.Cause %}" } });
    expect(withCode(wf, "ASLC142")).toEqual([]);
  });

  it("ASLC143: a $states field that does not exist", () => {
    const [d] = withCode(passWithOutput("{% $states.inputs.a %}"), "ASLC143");
    expect(d!.message).toContain("$states.inputs");
    expect(d!.message).toContain("input, result, errorOutput and context");
  });
});
