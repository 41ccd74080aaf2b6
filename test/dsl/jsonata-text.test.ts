/**
 * JSONata text is emitted exactly as the author wrote it: Step Functions requires only that an
 * expression's string start with `{%` and end with `%}` (AWS Step Functions Developer Guide,
 * "Transforming data with JSONata in Step Functions",
 * https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html), so spaces,
 * tabs, line breaks and comments inside the delimiters are the author's and are kept byte for
 * byte, in every field that takes JSONata and at any depth of a JSON value.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildWorkflow, jsonata, lambda, workflow } from "@aslc/dsl";
import { aslDefinition, emitAsl } from "@aslc/compiler";
import { aslValidatorProblems } from "../support/validators.ts";

const Input = z.object({ n: z.number(), s: z.string(), list: z.array(z.object({ id: z.string() })), ok: z.boolean() });
const fn = lambda.function("arn:aws:lambda:us-east-1:123456789012:function:f");

/** Spellings Step Functions takes: each is one whole `{% … %}` string. */
const SPELLINGS = {
  noSpaces: "{%$states.input.n%}",
  spaceBeforeOnly: "{% $states.input.n%}",
  spaceAfterOnly: "{%$states.input.n %}",
  doubleSpaces: "{%  $states.input.n  %}",
  tabs: "{%\t$states.input.n\t%}",
  newlineBeforeClose: "{% $states.input.n\n%}",
  crlf: "{%\r\n  $states.input.n\r\n%}",
  multiLineBlock: "{%(\n  $double := function($v) { $v * 2 };\n  $double($states.input.n)\n)%}",
  comment: "{% /* the count */ $states.input.n %}",
  commentHoldingCloser: "{% $states.input.n /* ends with %} */ %}",
  stringHoldingCloser: "{% '%}' & $states.input.s %}",
  stringHoldingOpener: "{%'{%' & $states.input.s%}",
  doubleQuotedString: '{% "a \\"quoted\\" word" & $states.input.s %}',
  unicode: "{% 'é → ✓' & $states.input.s %}",
} as const;

const texts = Object.values(SPELLINGS);

/** Every string in a JSON value, depth first. */
function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(stringsOf);
  return [];
}

describe("JSONata text round-trips byte for byte", () => {
  const nested = { top: SPELLINGS.noSpaces, deep: { list: [SPELLINGS.tabs, { inner: SPELLINGS.crlf }], comment: SPELLINGS.comment }, all: [...texts] };

  const wf = workflow("Spellings", { input: Input, queryLanguage: "JSONata" })
    .pass("Shape", { assign: { nested, count: SPELLINGS.noSpaces, text: SPELLINGS.stringHoldingCloser } })
    .task("Call", {
      resource: fn,
      arguments: { n: SPELLINGS.spaceBeforeOnly, s: SPELLINGS.doubleQuotedString, again: [SPELLINGS.newlineBeforeClose] },
      timeoutSeconds: "{%$states.input.n%}",
      heartbeatSeconds: "{%\n  $states.input.n\n%}",
      output: "{%$states.input%}",
      assign: { block: SPELLINGS.multiLineBlock },
    })
    .catch(["States.ALL"], (h) => h.fail("Failed", { error: "{%$states.input.Error%}", cause: "{%\t'why'\t%}" }), { output: "{%$states.errorOutput%}", assign: { why: "{%$states.errorOutput.Cause %}" } })
    .choice("Route", (c) =>
      c
        .when("{%$states.input.ok%}", (b) => b.wait("Hold", { seconds: "{% $states.input.n\n%}" }), { assign: { rule: SPELLINGS.stringHoldingOpener }, output: "{%$states.input%}" })
        .otherwise((b) => b),
    )
    .map("Each", { items: "{%$states.input.list%}", maxConcurrency: "{%  2  %}", itemSelector: { id: "{%$states.context.Map.Item.Value.id%}" } }, (item) =>
      item.pass("Item", { output: { unicode: "{% 'é → ✓' & $states.input.id %}", viaHelper: jsonata("{%$states.input.id%}") } }),
    );

  it("emits every spelling exactly as written, in every field and at any depth", () => {
    const text = emitAsl(buildWorkflow(wf));
    const emitted = JSON.parse(text) as { States: Record<string, Record<string, unknown>> };
    const { Shape, Call, Route, Each, Failed, Hold } = emitted.States as Record<string, any>;
    expect(Shape.Assign).toEqual({ nested, count: "{%$states.input.n%}", text: SPELLINGS.stringHoldingCloser });
    expect(Call.Arguments).toEqual({ n: SPELLINGS.spaceBeforeOnly, s: SPELLINGS.doubleQuotedString, again: [SPELLINGS.newlineBeforeClose] });
    expect([Call.TimeoutSeconds, Call.HeartbeatSeconds, Call.Output]).toEqual(["{%$states.input.n%}", "{%\n  $states.input.n\n%}", "{%$states.input%}"]);
    expect(Call.Assign).toEqual({ block: SPELLINGS.multiLineBlock });
    expect(Call.Catch[0]).toMatchObject({ Output: "{%$states.errorOutput%}", Assign: { why: "{%$states.errorOutput.Cause %}" } });
    expect([Failed.Error, Failed.Cause]).toEqual(["{%$states.input.Error%}", "{%\t'why'\t%}"]);
    expect(Route.Choices[0]).toMatchObject({ Condition: "{%$states.input.ok%}", Assign: { rule: SPELLINGS.stringHoldingOpener }, Output: "{%$states.input%}" });
    expect(Hold.Seconds).toBe("{% $states.input.n\n%}");
    expect([Each.Items, Each.MaxConcurrency, Each.ItemSelector]).toEqual(["{%$states.input.list%}", "{%  2  %}", { id: "{%$states.context.Map.Item.Value.id%}" }]);
    expect(Each.ItemProcessor.States.Item.Output).toEqual({ unicode: "{% 'é → ✓' & $states.input.id %}", viaHelper: "{%$states.input.id%}" });
    // Nothing else in the file differs from the texts given: every expression in it is one of them.
    const given = new Set([...texts, ...stringsOf(nested), "{%$states.input.n%}", "{%\n  $states.input.n\n%}", "{%$states.input%}", "{%$states.errorOutput%}", "{%$states.errorOutput.Cause %}", "{%$states.input.Error%}", "{%\t'why'\t%}", "{% 'é → ✓' & $states.input.id %}", "{%$states.input.ok%}", "{% $states.input.n\n%}", "{%$states.input.list%}", "{%  2  %}", "{%$states.context.Map.Item.Value.id%}", "{%$states.input.id%}"]);
    const expressions = stringsOf(emitted).filter((s) => s.startsWith("{%"));
    expect(expressions.filter((s) => !given.has(s))).toEqual([]);
  });

  it("emits the same text on every build", () => {
    expect(emitAsl(buildWorkflow(wf))).toBe(emitAsl(buildWorkflow(wf)));
  });
});

describe("jsonata(text) keeps the text", () => {
  const outputOf = (value: unknown) => (aslDefinition(buildWorkflow(workflow("J", { input: Input, queryLanguage: "JSONata" }).pass("P", { output: { v: value as never } }))) as any).States.P.Output.v;

  it("a whole expression is kept byte for byte", () => {
    for (const text of texts) expect(outputOf(jsonata(text))).toBe(text);
  });

  it("an expression without delimiters gets them, a space inside each unless the text starts or ends with whitespace", () => {
    expect(outputOf(jsonata("$states.input.n"))).toBe("{% $states.input.n %}");
    expect(outputOf(jsonata("\n  $states.input.n\n"))).toBe("{%\n  $states.input.n\n%}");
    expect(outputOf(jsonata("$states.input.n\t"))).toBe("{% $states.input.n\t%}");
    expect(outputOf(jsonata("$sum($states.input.list.(1))  "))).toBe("{% $sum($states.input.list.(1))  %}");
  });

  it("one delimiter without the other, or nothing between them, is refused when the module runs", () => {
    expect(() => jsonata("{% $states.input.n")).toThrow(/give the whole expression, from \{% to %\}/);
    expect(() => jsonata("$states.input.n %}")).toThrow(/give the whole expression/);
    expect(() => jsonata("{%  %}")).toThrow(/write the expression between \{% and %\}/);
    expect(() => jsonata("   ")).toThrow(/non-empty string/);
  });
});

describe("asl-validator and Step Functions", () => {
  // asl-validator 4's schema (src/schemas/jsonata.json) describes an expression as
  // "^\{% .+ %\}$": a space inside each delimiter, and no line break. Step Functions requires
  // only the delimiters (the Developer Guide page cited above), so definitions it deploys are
  // refused where a field holds a bare expression; inside a JSON object the same string passes,
  // taken by asl-validator for a literal.
  const definitionWithOutput = (output: unknown) =>
    aslDefinition(buildWorkflow(workflow("V", { input: Input, queryLanguage: "JSONata" }).pass("P", { output: output as never })));

  it("refuses a bare expression without a space inside a delimiter, or with a line break, although Step Functions takes it", () => {
    for (const text of [SPELLINGS.noSpaces, SPELLINGS.spaceBeforeOnly, SPELLINGS.newlineBeforeClose, SPELLINGS.multiLineBlock]) {
      expect(aslValidatorProblems(definitionWithOutput(text)).join("\n"), text).toMatch(/Output/);
    }
  });

  it("accepts the documented spelling and any spelling nested in an object", () => {
    expect(aslValidatorProblems(definitionWithOutput("{% $states.input.n %}"))).toEqual([]);
    expect(aslValidatorProblems(definitionWithOutput({ a: SPELLINGS.noSpaces, b: SPELLINGS.tabs }))).toEqual([]);
  });
});
