/**
 * Each state's query language and the fields that belong to it: a JSONata workflow holds only
 * JSONata states, JSONPath fields are refused in JSONata states and JSONata fields (and `{% %}`
 * expressions) in JSONPath states. Workflows are loosely typed (`any`) where the DSL's types
 * would reject them, as a JavaScript author could write them.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildWorkflow, lambda, workflow, type WorkflowIR } from "@aslc/dsl";
import { validateWorkflow } from "@aslc/compiler";
import { diagnose } from "../support/diagnose.ts";
import { emitted } from "../support/emit.ts";

const input = z.object({ a: z.string(), n: z.number(), items: z.array(z.string()) });
const fn = lambda.function("arn:aws:lambda:us-east-1:123456789012:function:f");
const jsonataFlow = () => workflow("J", { input, queryLanguage: "JSONata" }) as any;
const jsonPathFlow = () => workflow("P", { input }) as any;

/** The diagnostics of this part of the validator (ASLC130–149). */
function languageProblems(wf: unknown) {
  return validateWorkflow(buildWorkflow(wf)).filter((d) => /^ASLC1[34]\d$/.test(d.code));
}

function withCode(wf: unknown, code: string) {
  return languageProblems(wf).filter((d) => d.code === code);
}

describe("effective query language", () => {
  it("ASLC130: a JSONata workflow may not hold a JSONPath state", () => {
    const wf = jsonataFlow().pass("Old", { queryLanguage: "JSONPath", parameters: { "a.$": "$.a" } }).succeed("Done");
    const [d, ...more] = withCode(wf, "ASLC130");
    expect(more).toHaveLength(0);
    expect(d!.state).toBe("Old");
    expect(d!.message).toContain('remove queryLanguage: "JSONPath"');
  });

  it("a JSONPath workflow may hold JSONata states", () => {
    const wf = jsonPathFlow().pass("New", { queryLanguage: "JSONata", output: "{% $states.input.a %}" }).pass("Old", { parameters: { "a.$": "$.a" } });
    expect(languageProblems(wf)).toEqual([]);
  });

  it("a state in a Map processor falls back to the workflow's language, not the Map's", () => {
    const wf = jsonPathFlow().map("Each", { queryLanguage: "JSONata", items: "{% $states.input.items %}" }, (m: any) =>
      m.pass("Item", { parameters: { "value.$": "$" } }),
    );
    expect(languageProblems(wf)).toEqual([]);
    const wrong = jsonPathFlow().map("Each", { queryLanguage: "JSONata", items: "{% $states.input.items %}" }, (m: any) => m.pass("Item", { output: "{% $states.input %}" }));
    expect(withCode(wrong, "ASLC134").map((d) => d.state)).toEqual(["Item"]);
  });
});

describe("JSONPath fields in a JSONata state", () => {
  it("ASLC131: names the field both ways and says what to write instead", () => {
    const wf = jsonataFlow()
      .task("Call", { resource: fn, parameters: { x: 1 }, resultPath: "$.r", resultSelector: { y: 1 }, inputPath: "$.a", outputPath: "$.b", timeoutSecondsPath: "$.t" })
      .catch(["States.ALL"], (h: any) => h.fail("Failed"), { resultPath: "$.error" })
      .pass("Fixed", { result: { a: 1 } })
      .wait("Later", { secondsPath: "$.n" })
      .map("Each", { itemsPath: "$.items" }, (m: any) => m.pass("Item"))
      .fail("Stop", { errorPath: "$.a" });
    const messages = withCode(wf, "ASLC131").map((d) => `${d.state}: ${d.message}`);
    expect(messages).toContain("Call: state 'Call': parameters (Parameters) is a JSONPath field; in a JSONata state give arguments");
    expect(messages.some((m) => m.startsWith("Call:") && m.includes("resultPath (ResultPath)") && m.includes("$states.result in output"))).toBe(true);
    expect(messages.some((m) => m.startsWith("Call:") && m.includes("resultSelector (ResultSelector)"))).toBe(true);
    expect(messages.some((m) => m.startsWith("Call:") && m.includes("inputPath (InputPath)"))).toBe(true);
    expect(messages.some((m) => m.startsWith("Call:") && m.includes("outputPath (OutputPath)") && m.includes("give output"))).toBe(true);
    expect(messages.some((m) => m.startsWith("Call:") && m.includes("timeoutSecondsPath (TimeoutSecondsPath)") && m.includes("give timeoutSeconds as an expression"))).toBe(true);
    expect(messages.some((m) => m.startsWith("Call:") && m.includes("Catch[0].ResultPath") && m.includes("$states.errorOutput"))).toBe(true);
    expect(messages.some((m) => m.startsWith("Fixed:") && m.includes("result (Result)") && m.includes("give output"))).toBe(true);
    expect(messages.some((m) => m.startsWith("Later:") && m.includes("secondsPath (SecondsPath)"))).toBe(true);
    expect(messages.some((m) => m.startsWith("Each:") && m.includes("itemsPath (ItemsPath)") && m.includes("give items"))).toBe(true);
    expect(messages.some((m) => m.startsWith("Stop:") && m.includes("errorPath (ErrorPath)"))).toBe(true);
  });

  it("ASLC131: the same fields in a JSONPath state are accepted", () => {
    const wf = jsonPathFlow()
      .task("Call", { resource: fn, parameters: { x: 1 }, resultPath: "$.r", resultSelector: { y: 1 }, inputPath: "$", outputPath: "$", timeoutSecondsPath: "$.n" })
      .pass("Fixed", { result: { a: 1 }, resultPath: "$.fixed" })
      .map("Each", { itemsPath: "$.items" }, (m: any) => m.pass("Item"));
    expect(withCode(wf, "ASLC131")).toEqual([]);
  });

  it("ASLC131: a Distributed Map's reader and writer parameters", () => {
    const wf = jsonataFlow().map(
      "Each",
      {
        mode: "DISTRIBUTED",
        executionType: "EXPRESS",
        itemReader: { resource: "arn:aws:states:::s3:getObject", parameters: { Bucket: "b", Key: "k" }, readerConfig: { inputType: "JSON", maxItemsPath: "$.n" } },
        resultWriter: { resource: "arn:aws:states:::s3:putObject", parameters: { Bucket: "b", Prefix: "p" } },
      },
      (m: any) => m.pass("Item"),
    );
    const messages = withCode(wf, "ASLC131").map((d) => d.message);
    expect(messages.some((m) => m.includes("itemReader.parameters (ItemReader.Parameters)") && m.includes("give itemReader.arguments"))).toBe(true);
    expect(messages.some((m) => m.includes("ItemReader.ReaderConfig.MaxItemsPath"))).toBe(true);
    expect(messages.some((m) => m.includes("resultWriter.parameters (ResultWriter.Parameters)") && m.includes("give resultWriter.arguments"))).toBe(true);
  });

  it("ASLC132: a Variable-based Choice rule in a JSONata state (IR from elsewhere)", () => {
    const ir = buildWorkflow(jsonataFlow().choice("Big?", (c: any) => c.when(c.numericGreaterThan("$.n", 1), (b: any) => b).otherwise((b: any) => b)).succeed("Yes"));
    // The builder writes factory conditions as JSONata in a JSONata Choice.
    expect(validateWorkflow(ir).filter((d) => d.code === "ASLC132")).toEqual([]);
    const choice = ir.states.find((s) => s.type === "Choice")!;
    const raw = { ...choice, choices: [{ condition: { kind: "compare", variable: "$.n", operator: "NumericGreaterThan", operand: 1 }, next: "Yes" }] };
    const rewritten: WorkflowIR = { ...ir, states: ir.states.map((s) => (s === choice ? raw : s)) as WorkflowIR["states"] };
    const [d] = validateWorkflow(rewritten).filter((x) => x.code === "ASLC132");
    expect(d!.state).toBe("Big?");
    expect(d!.message).toContain("give a Condition");
  });

  it("ASLC133: an Assign key ending in .$ in a JSONata state, where the key names the variable", () => {
    const wf = jsonataFlow().task("Call", { resource: fn, output: { ok: true } }).catch(["States.ALL"], (h: any) => h.fail("Failed"), { assign: { "id.$": "$.a" } });
    const [d, ...more] = withCode(wf, "ASLC133");
    expect(more).toEqual([]);
    expect(d!.state).toBe("Call");
    expect(d!.message).toContain("Catch[0].Assign.id.$");
    expect(d!.message).toContain('write "id"');
  });

  it("a key ending in .$ elsewhere in a JSONata value is a literal key, emitted as written", () => {
    // Step Functions takes it and passes it on (LocalStack's AWS-validated outputdecl BASE_LITERALS).
    const wf = jsonataFlow().task("Call", { resource: fn, arguments: { Payload: { "id.$": "$.a" } }, output: { "jp.$": "$", nested: { "k.$": 1 } } });
    expect(languageProblems(wf)).toEqual([]);
    const state = buildWorkflow(wf).states.find((s) => s.name === "Call") as any;
    expect(state.output).toEqual({ "jp.$": "$", nested: { "k.$": 1 } });
  });
});

describe("JSONata fields in a JSONPath state", () => {
  it("ASLC134: arguments, output, items, catcher output and a rule's output", () => {
    const wf = jsonPathFlow()
      .task("Call", { resource: fn, arguments: { x: 1 }, output: { y: 1 } })
      .catch(["States.ALL"], (h: any) => h.fail("Failed"), { output: { e: 1 } })
      .choice("Route", (c: any) => c.when(c.stringEquals("$.a", "x"), (b: any) => b, { output: { z: 1 } }).otherwise((b: any) => b))
      .map("Each", { items: [1, 2] }, (m: any) => m.pass("Item"));
    const messages = withCode(wf, "ASLC134").map((d) => `${d.state}: ${d.message}`);
    expect(messages.some((m) => m.startsWith("Call:") && m.includes("arguments (Arguments) is a JSONata field; in a JSONPath state give parameters"))).toBe(true);
    expect(messages.some((m) => m.startsWith("Call:") && m.includes("output (Output)") && m.includes('set queryLanguage: "JSONata"'))).toBe(true);
    expect(messages.some((m) => m.startsWith("Call:") && m.includes("Catch[0].Output"))).toBe(true);
    expect(messages.some((m) => m.startsWith("Route:") && m.includes("Choices[0].Output"))).toBe(true);
    expect(messages.some((m) => m.startsWith("Each:") && m.includes("items (Items)") && m.includes("give itemsPath"))).toBe(true);
  });

  it("ASLC134: a JSONata Condition in a JSONPath Choice", () => {
    const wf = jsonPathFlow().choice("Route", (c: any) => c.when("{% $states.input.n > 1 %}", (b: any) => b).otherwise((b: any) => b)).succeed("Done");
    const [d] = withCode(wf, "ASLC134");
    expect(d!.state).toBe("Route");
    expect(d!.message).toContain("has a JSONata Condition");
    const jsonata = jsonPathFlow().choice("Route", (c: any) => c.when("{% $states.input.n > 1 %}", (b: any) => b).otherwise((b: any) => b), { queryLanguage: "JSONata" }).succeed("Done");
    expect(languageProblems(jsonata)).toEqual([]);
  });

  it("a literal Condition (true or false) is a JSONata rule: emitted as written in a JSONata Choice, ASLC134 in a JSONPath one", () => {
    // Step Functions takes "Condition": true (LocalStack's AWS-validated CHOICE_CONDITION_CONSTANT_JSONATA).
    const wf = jsonataFlow().choice("Route", (c: any) => c.when(true, "Done").when(false, "Done").otherwise("Done")).succeed("Done");
    expect(languageProblems(wf)).toEqual([]);
    expect((emitted(wf) as any).States.Route.Choices.map((r: any) => r.Condition)).toEqual([true, false]);
    const [d] = withCode(jsonPathFlow().choice("Route", (c: any) => c.when(true, "Done").otherwise("Done")).succeed("Done"), "ASLC134");
    expect(d!.message).toContain("has a JSONata Condition");
  });

  it("ASLC134: $states read from a JSONPath template", () => {
    const wf = jsonPathFlow().pass("P", { parameters: { "a.$": "$states.input.a" } });
    const [d] = withCode(wf, "ASLC134");
    expect(d!.message).toContain("exists only in JSONata states");
  });

  it("ASLC135: an expression in a number field of a JSONPath state", () => {
    const wf = jsonPathFlow().task("Call", { resource: fn, timeoutSeconds: "{% 30 %}" }).wait("Later", { timestamp: "{% $states.input.a %}" });
    const found = withCode(wf, "ASLC135");
    expect(found.map((d) => d.state)).toEqual(["Call", "Later"]);
    expect(found[0]!.message).toContain("timeoutSeconds (TimeoutSeconds)");
    expect(found[0]!.message).toContain('set queryLanguage: "JSONata" on the state');
    expect(found[0]!.message).toContain("timeoutSecondsPath");
  });

  it("a {% %} string inside a JSONPath state's parameters or assign is literal text, which Step Functions takes", () => {
    // LocalStack's AWS-validated assign BASE_CONSTANT_LITERALS creates and runs such an Assign.
    const wf = jsonPathFlow().pass("P", { parameters: { id: "{% $states.input.a %}", list: ["{% $x %}"] }, assign: { total: "{% $states.input.n %}" } });
    expect(languageProblems(wf)).toEqual([]);
  });

  it("text that only starts with {% or ends with %} is the literal it looks like in a JSONPath state", () => {
    const wf = jsonPathFlow().pass("P", { result: ["{%", "50 %}", "{% half"], resultPath: "$.r" }).pass("Q", { parameters: { "x.$": "{%" } });
    expect(withCode(wf, "ASLC135")).toEqual([]);
    expect(validateWorkflow(buildWorkflow(wf)).filter((d) => d.code === "ASLC122").map((d) => d.state)).toEqual(["Q"]);
  });

  it("ASLC135: the same values in a JSONata state are evaluated, and accepted", () => {
    const wf = jsonPathFlow().pass("P", { queryLanguage: "JSONata", output: { id: "{% $states.input.a %}" }, assign: { total: "{% $states.input.n %}" } });
    expect(languageProblems(wf)).toEqual([]);
  });
});

describe("existing checks on JSONata states", () => {
  it("template and path checks leave JSONata states to the language checks", () => {
    const wf = jsonataFlow().task("Call", { resource: fn, inputPath: "not a path", assign: { "x.$": "neither" } });
    const codes = validateWorkflow(buildWorkflow(wf)).map((d) => d.code);
    expect(codes).toContain("ASLC131");
    expect(codes).toContain("ASLC133");
    expect(codes.filter((c) => /^ASLC12[0-4]$/.test(c))).toEqual([]);
  });

  it("an expression as a JSONPath .$ value is reported once, with the remedy", () => {
    const codes = validateWorkflow(buildWorkflow(jsonPathFlow().pass("P", { parameters: { "x.$": "{% $states.input.a %}" } }))).map((d) => d.code);
    expect(codes).toContain("ASLC135");
    expect(codes).not.toContain("ASLC122");
  });

  it("a complete JSONata workflow emits without diagnostics", () => {
    const wf = workflow("Complete", { input, queryLanguage: "JSONata" })
      .pass("Remember", { assign: { name: "{% $states.input.a %}", count: "{% $states.input.n %}" } })
      .task("Call", {
        resource: fn,
        arguments: { name: "{% $name %}", note: "50% off" },
        timeoutSeconds: "{% $count + 10 %}",
        output: "{% $states.result %}",
        assign: { last: "{% $states.result %}" },
      })
      .catch(["States.ALL"], (h: any) => h.fail("Failed", { error: "CallFailed", cause: "{% $string($states.input) %}" }), { assign: { failure: "{% $states.errorOutput %}" } })
      .wait("Pause", { timestamp: "{% $now() %}" })
      .map("Each", { items: "{% $states.input.items %}", maxConcurrency: "{% 2 %}", itemSelector: { value: "{% $states.context.Map.Item.Value %}", who: "{% $name %}" } }, (m: any) =>
        m.pass("Item", { output: "{% $states.input.value %}" }),
      )
      .succeed("Done", { output: { last: "{% $last %}" } });
    expect(diagnose(wf)).toEqual([]);
  });
});
