/**
 * Intrinsic calls written as text in a `.$` field are emitted exactly as written and checked as
 * written: they parse, each function exists and gets the arguments it takes (the DSL's table of
 * intrinsic functions), literals and nested calls give what their parameters hold, and calls
 * nest at most 10 deep (AWS Step Functions Developer Guide, "Intrinsic functions for JSONPath
 * states", https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html).
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildWorkflow, States, ref, workflow } from "@aslc/dsl";
import { aslDefinition, validateWorkflow } from "@aslc/compiler";
import { aslValidatorProblems } from "../support/validators.ts";

const Input = z.object({ name: z.string(), n: z.number(), items: z.array(z.object({ sku: z.string() })), a: z.object({ x: z.number() }), b: z.object({ y: z.string() }) });

/** A Pass state whose Parameters hold `"v.$": text`. */
const withText = (text: string) => buildWorkflow((workflow("I", { input: Input }) as any).pass("P", { parameters: { "v.$": text } }));
const problems = (text: string) => validateWorkflow(withText(text)).filter((d) => /^ASLC1[27]\d$/.test(d.code));

/** Spellings Step Functions takes, kept as written. */
const VALID = [
  "States.Format('{}',$.name)",
  "States.Format( 'Hello {} and {}' ,$.name,  $.n )",
  "States.Format('\\{literal\\} {}', $.name)",
  "States.Format('it\\'s {}',States.ArrayLength($.items))",
  "States.Array($.name,States.ArrayLength($.items),'x',1,true,null)",
  "States.MathRandom(1,$.n)",
  "States.MathRandom(1, $.n, 42)",
  "States.Hash($.name,'SHA-256')",
  "States.JsonMerge($.a,$.b,false)",
  "States.ArrayGetItem($.items,0)",
  "States.ArrayContains($.items, $.name)",
  "States.StringSplit($.name,',')",
  "States.UUID()",
  "States.JsonToString($$.Execution.Input)",
  `${"States.Array(".repeat(10)}1${")".repeat(10)}`,
];

describe("intrinsic text kept as written", () => {
  it("emits each spelling byte for byte, with no diagnostic", () => {
    for (const text of VALID) {
      expect(problems(text), text).toEqual([]);
      expect((aslDefinition(withText(text)) as any).States.P.Parameters["v.$"]).toBe(text);
    }
  });

  it("the emitted definitions pass asl-validator", () => {
    for (const text of VALID.slice(0, 4)) expect(aslValidatorProblems(aslDefinition(withText(text))), text).toEqual([]);
  });

  it("the typed helpers' text passes the same checks", () => {
    const wf = workflow("H", { input: Input }).pass("P", {
      parameters: {
        f: States.Format("{a} {} {}", ref("$.name"), States.ArrayLength(ref("$.items"))),
        m: States.JsonMerge(ref("$.a"), ref("$.b")),
        r: States.MathRandom(1, ref("$.n"), 7),
        h: States.Hash(ref("$.name"), "MD5"),
      },
    });
    expect(validateWorkflow(buildWorkflow(wf))).toEqual([]);
  });
});

describe("ASLC170: a call that does not parse", () => {
  it("names the state, the field and where the parser stopped", () => {
    const [d] = problems("States.Format('{}' $.name)");
    expect(d).toMatchObject({ code: "ASLC170", state: "P" });
    expect(d!.message).toContain("Parameters.v.$");
    expect(d!.message).toMatch(/expected ',' or '\)' at position \d+/);
  });

  it("an unclosed string, a missing argument", () => {
    expect(problems("States.Format('{}, $.name)").map((d) => d.code)).toEqual(["ASLC170"]);
    expect(problems("States.MathAdd(1,)").map((d) => d.code)).toEqual(["ASLC170"]);
  });
});

describe("ASLC121: not a call, or a function that does not exist", () => {
  it("at any depth", () => {
    const [d] = problems("States.Format('{}', States.Concat($.name))");
    expect(d).toMatchObject({ code: "ASLC121", state: "P" });
    expect(d!.message).toContain("States.Concat is not an intrinsic function");
    expect(problems("States.Format").map((d) => d.code)).toEqual(["ASLC121"]);
  });

  it("a call after space, or anything after the call, space too, is no call", () => {
    expect(problems(" States.UUID()").map((d) => d.code)).not.toEqual([]);
    expect(problems("States.UUID() x").map((d) => d.code)).toEqual(["ASLC121"]);
    expect(problems("States.JsonToString($)    ").map((d) => d.code)).toEqual(["ASLC121"]);
  });

  it("arguments not separated by commas do not parse, as the grammar requires them", () => {
    expect(problems("States.Format($.name $.name)").map((d) => d.code)).toEqual(["ASLC170"]);
  });
});

describe("ASLC171: the wrong number of arguments", () => {
  it.each([
    ["States.ArrayLength($.items, 2)", "States.ArrayLength takes 1 argument, but 2 were given"],
    ["States.MathRandom(1)", "States.MathRandom takes 2 to 3 arguments, but 1 was given"],
    ["States.UUID($.name)", "States.UUID takes 0 arguments, but 1 was given"],
    ["States.Format()", "States.Format takes at least 1 argument, but 0 were given"],
    ["States.JsonMerge($.a, $.b)", "States.JsonMerge takes 3 arguments, but 2 were given"],
    ["States.Format('{} and {}',$.name)", "States.Format's template has 2 {} placeholders but 1 value follows it"],
    ["States.Format('\\{\\}',$.name)", "States.Format's template has 0 {} placeholders but 1 value follows it"],
  ])("%s", (text, message) => {
    const [d] = problems(text);
    expect(d).toMatchObject({ code: "ASLC171", state: "P" });
    expect(d!.message).toContain(message);
  });
});

describe("ASLC172: an argument that cannot be what its parameter holds", () => {
  it.each([
    ["States.ArrayLength('abc')", "States.ArrayLength needs an array as argument 1, but 'abc' gives a string"],
    ["States.MathAdd($.n, 'one')", "States.MathAdd needs a number as argument 2, but 'one' gives a string"],
    ["States.ArrayLength(States.UUID())", "States.ArrayLength needs an array as argument 1, but States.UUID(…) gives a string"],
    ["States.Base64Encode(States.ArrayLength($.items))", "States.Base64Encode needs a string as argument 1, but States.ArrayLength(…) gives a number"],
    ["States.Hash($.name, 'SHA-3')", "States.Hash has no algorithm 'SHA-3'"],
    ["States.JsonMerge($.a, $.b, true)", "its third argument must be false"],
  ])("%s", (text, message) => {
    const [d] = problems(text);
    expect(d).toMatchObject({ code: "ASLC172", state: "P" });
    expect(d!.message).toContain(message);
  });

  it("a path's value is the types' to check, not this one's", () => {
    expect(problems("States.ArrayLength($.name)")).toEqual([]);
  });
});

describe("ASLC173 and paths", () => {
  it("calls nested 11 deep", () => {
    const [d, ...rest] = problems(`${"States.Array(".repeat(11)}1${")".repeat(11)}`);
    expect(d).toMatchObject({ code: "ASLC173", state: "P" });
    expect(d!.message).toContain("nest 11 deep");
    expect(rest).toEqual([]);
  });

  it("ASLC122: an argument that is not a path", () => {
    const [d] = problems("States.ArrayLength($.items])");
    expect(d?.code).toBe("ASLC122");
  });
});

describe("Fail's ErrorPath and CausePath take intrinsic calls, checked the same way", () => {
  it("reports a wrong count there", () => {
    const wf = (workflow("F", { input: Input }) as any).fail("Stop", { causePath: "States.Format('{}: {}',$.name)" });
    const [d] = validateWorkflow(buildWorkflow(wf)).filter((d) => d.code === "ASLC171");
    expect(d).toMatchObject({ state: "Stop" });
    expect(d!.message).toContain("CausePath");
  });
});

describe("States.StringToJson with a schema", () => {
  const Body = z.object({ kind: z.string(), amount: z.number() });
  const Raw = z.object({ body: z.string() });

  it("emits the call as it would without the schema", () => {
    const wf = (schema?: z.ZodType) => workflow("S", { input: Raw }).pass("P", { parameters: { parsed: States.StringToJson(ref("$.body"), schema) } });
    const emitted = (aslDefinition(buildWorkflow(wf(Body))) as any).States.P.Parameters;
    expect(emitted).toEqual({ "parsed.$": "States.StringToJson($.body)" });
    expect(emitted).toEqual((aslDefinition(buildWorkflow(wf())) as any).States.P.Parameters);
  });

  it("the compiler reads paths through the parsed value against the schema (a variable's field, ASLC152)", () => {
    const wf = (read: string) =>
      (workflow("S", { input: Raw }) as any)
        .pass("Parse", { assign: { body: States.StringToJson(ref("$.body"), Body) } })
        .pass("Use", { parameters: { "n.$": read } });
    expect(validateWorkflow(buildWorkflow(wf("$body.amount")))).toEqual([]);
    const [d] = validateWorkflow(buildWorkflow(wf("$body.total")));
    expect(d).toMatchObject({ code: "ASLC152", state: "Use" });
    expect(d!.message).toContain("$body.total");
  });

  it("without a schema the parsed value is unknown, and nothing is read through it", () => {
    const wf = (workflow("S", { input: Raw }) as any)
      .pass("Parse", { assign: { body: States.StringToJson(ref("$.body")) } })
      .pass("Use", { parameters: { "n.$": "$body.total" } });
    expect(validateWorkflow(buildWorkflow(wf))).toEqual([]);
  });

  it("nested in another call, and in JSONata states reading the result", () => {
    const List = z.array(Body);
    const wf = (read: string) =>
      (workflow("S", { input: Raw }) as any)
        .pass("Parse", { parameters: { first: States.ArrayGetItem(States.StringToJson(ref("$.body"), List), 0) } })
        .pass("Use", { queryLanguage: "JSONata", output: read });
    expect(validateWorkflow(buildWorkflow(wf("{% $states.input.first.kind %}")))).toEqual([]);
    const [d] = validateWorkflow(buildWorkflow(wf("{% $states.input.first.kinds %}")));
    expect(d).toMatchObject({ code: "ASLC150", state: "Use" });
  });

  it("a schema JSON cannot carry is refused (ASLC160)", () => {
    const wf = workflow("S", { input: Raw }).pass("P", { parameters: { parsed: States.StringToJson(ref("$.body"), z.object({ at: z.date() })) } });
    const [d] = validateWorkflow(buildWorkflow(wf as any)).filter((x) => x.code === "ASLC160");
    expect(d!.message).toContain("the schema of States.StringToJson($.body), field at");
  });
});
