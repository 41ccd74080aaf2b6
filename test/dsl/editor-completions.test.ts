// What the editor offers while a workflow is typed: the TypeScript language service asked for
// completions at a cursor in a small workflow. Each list is what an author can accept as is; no
// entry is the text of an error.
import { describe, expect, test } from "vitest";
import { completionsAt, errorsIn } from "../support/language-service.ts";

const head = `import { z } from "zod";
import { workflow, lambda } from "@aslc/dsl";
const Input = z.object({ order: z.object({ id: z.string(), paid: z.boolean() }), status: z.enum(["DONE", "PENDING"]), total: z.number() });
const start = workflow("Payments", { input: Input });
`;

function choice(rule: string): string {
  return `${head}export const wf = start.pass("Receive").pass("Check").choice("Route", (c) => c${rule}.otherwise((b) => b.succeed("Done")));`;
}

/** The language service takes a while on a busy machine; nothing here is timed. */
const SLOW = 120_000;

function noErrorText(entries: readonly string[]): void {
  for (const entry of entries) expect(entry).not.toMatch(/has no field|needs a|is not a path|does not match/);
}

describe("paths in Choice conditions", () => {
  test("after '$.' the payload's fields", { timeout: SLOW }, () => {
    const entries = completionsAt(choice(`.when(c.booleanEquals("$./*|*/", true), "Receive")`));
    expect(entries.sort()).toEqual(["$.order", "$.status", "$.total"]);
  });

  test("after '$.order.' the fields of order", { timeout: SLOW }, () => {
    const entries = completionsAt(choice(`.when(c.booleanEquals("$.order./*|*/", true), "Receive")`));
    expect(entries.sort()).toEqual(["$.order.id", "$.order.paid"]);
  });

  test("a path that stops at an object offers the object's fields", { timeout: SLOW }, () => {
    const entries = completionsAt(choice(`.when(c.booleanEquals("$.order/*|*/", true), "Receive")`));
    expect(entries.sort()).toEqual(["$.order.id", "$.order.paid"]);
    noErrorText(entries);
  });
});

describe("values and names", () => {
  test("StringEquals on a z.enum field offers its members", { timeout: SLOW }, () => {
    expect(completionsAt(choice(`.when(c.stringEquals("$.status", "/*|*/"), "Receive")`)).sort()).toEqual(["DONE", "PENDING"]);
  });

  test("a rule's target offers the states declared so far", { timeout: SLOW }, () => {
    const entries = completionsAt(choice(`.when(c.booleanEquals("$.order.paid", true), "/*|*/")`));
    expect(entries.sort()).toEqual(["Check", "Receive", "Route"]);
  });

  test("goto offers the states declared so far", { timeout: SLOW }, () => {
    expect(completionsAt(`${head}export const wf = start.pass("Receive").pass("Check").goto("/*|*/");`).sort()).toEqual(["Check", "Receive"]);
  });

  test("a catcher's target offers the states declared so far", { timeout: SLOW }, () => {
    const entries = completionsAt(`${head}export const wf = start.pass("Receive").task("Charge", { resource: lambda.function("x") }).catch(["States.ALL"], "/*|*/");`);
    expect(entries.sort()).toEqual(["Charge", "Receive"]);
  });

  test("a catcher's error names offer the known ones", { timeout: SLOW }, () => {
    const entries = completionsAt(`${head}export const wf = start.task("Charge", { resource: lambda.function("x") }).catch(["/*|*/"], "Charge");`);
    expect(entries).toContain("States.ALL");
    expect(entries).toContain("States.Timeout");
    expect(entries).toContain("Lambda.TooManyRequestsException");
    expect(entries).not.toContain("");
  });

  test("in a Parallel branch, a target offers the branch's own states only", { timeout: SLOW }, () => {
    const entries = completionsAt(`${head}export const wf = start.pass("Before").parallel("Fan", [(b) => b.pass("Inner").pass("Next").goto("/*|*/")]);`);
    expect(entries.sort()).toEqual(["Inner", "Next"]);
  });
});

describe("JSONata expressions", () => {
  const jsonataHead = `import { z } from "zod";
import { workflow, lambda } from "@aslc/dsl";
const Input = z.object({ order: z.object({ id: z.string(), paid: z.boolean() }), items: z.array(z.object({ sku: z.string() })), "first-name": z.string(), total: z.number() });
const start = workflow("Orders", { input: Input, queryLanguage: "JSONata" });
`;
  const inputFields = ["{% $states.input.`first-name` %}", "{% $states.input.items %}", "{% $states.input.order %}", "{% $states.input.total %}"];

  function offered(chain: string): string[] {
    const entries = completionsAt(`${jsonataHead}export const wf = start${chain};`);
    noErrorText(entries);
    return entries.sort();
  }

  test("after '$states.input.' in an output, each field as the whole expression (a name JSONata cannot write bare in backquotes)", { timeout: SLOW }, () => {
    expect(offered(`.pass("P", { output: "{% $states.input./*|*/ %}" })`)).toEqual(inputFields);
  });

  test("after '$states.input.order.' the fields of order, in an object's field", { timeout: SLOW }, () => {
    expect(offered(`.pass("P", { output: { o: "{% $states.input.order./*|*/ %}" } })`)).toEqual(["{% $states.input.order.id %}", "{% $states.input.order.paid %}"]);
  });

  test("a step into an array offers its elements' fields (JSONata maps over it)", { timeout: SLOW }, () => {
    expect(offered(`.pass("P", { output: "{% $states.input.items./*|*/ %}" })`)).toEqual(["{% $states.input.items.sku %}"]);
  });

  test("after a variable's '$o.' its fields", { timeout: SLOW }, () => {
    expect(offered(`.pass("A", { assign: { o: "{% $states.input.order %}" } }).pass("P", { output: { x: "{% $o./*|*/ %}" } })`)).toEqual(["{% $o.id %}", "{% $o.paid %}"]);
  });

  test("in a when() condition", { timeout: SLOW }, () => {
    expect(offered(`.choice("C", (c) => c.when("{% $states.input.order./*|*/ %}", "C").otherwise("C"))`)).toEqual(["{% $states.input.order.id %}", "{% $states.input.order.paid %}"]);
  });

  test("in a rule's output", { timeout: SLOW }, () => {
    expect(offered(`.choice("C", (c) => c.when("{% $states.input.total > 1 %}", "C", { output: "{% $states.input.order./*|*/ %}" }).otherwise("C"))`)).toEqual(["{% $states.input.order.id %}", "{% $states.input.order.paid %}"]);
  });

  test("in a Task's arguments, with the text after the reference kept", { timeout: SLOW }, () => {
    expect(offered(`.task("T", { resource: lambda.function("f"), arguments: { Payload: "{% $states.input./*|*/ & '!' %}" } })`)).toEqual(inputFields.map((text) => text.replace(" %}", " & '!' %}")));
  });

  test("in a Map's items and a Wait's seconds", { timeout: SLOW }, () => {
    expect(offered(`.map("M", { items: "{% $states.input./*|*/ %}" }, (i) => i.pass("X"))`)).toEqual(inputFields);
    expect(offered(`.wait("W", { seconds: "{% $states.input./*|*/ %}" })`)).toEqual(inputFields);
  });

  test("after '$states.context.' the context object's fields", { timeout: SLOW }, () => {
    const entries = offered(`.pass("P", { output: "{% $states.context./*|*/ %}" })`);
    expect(entries).toContain("{% $states.context.Execution %}");
    expect(entries).toContain("{% $states.context.State %}");
    expect(entries.every((entry) => /^\{% \$states\.context\.\w+ %\}$/.test(entry))).toBe(true);
  });

  test("a Map's item selector reads the item's fields under '$states.context.Map.Item.Value.'", { timeout: SLOW }, () => {
    expect(offered(`.map("M", { items: "{% $states.input.items %}", itemSelector: { s: "{% $states.context.Map.Item.Value./*|*/ %}" } }, (i) => i.pass("X"))`)).toEqual(["{% $states.context.Map.Item.Value.sku %}"]);
  });

  test("'$states.result.' in a Task's output, '$states.errorOutput.' in a catcher's", { timeout: SLOW }, () => {
    expect(offered(`.task("T", { resource: lambda.function("f"), result: z.object({ receipt: z.string() }), output: "{% $states.result./*|*/ %}" })`)).toEqual(["{% $states.result.receipt %}"]);
    expect(offered(`.task("T", { resource: lambda.function("f") }).catch(["States.ALL"], "T", { output: { e: "{% $states.errorOutput./*|*/ %}" } })`)).toEqual(["{% $states.errorOutput.Cause %}", "{% $states.errorOutput.Error %}"]);
  });

  test("after '$states.' the parts the field may read", { timeout: SLOW }, () => {
    expect(offered(`.pass("P", { output: "{% $states./*|*/ %}" })`)).toEqual(["{% $states.context %}", "{% $states.input %}"]);
    expect(offered(`.task("T", { resource: lambda.function("f"), output: "{% $states./*|*/ %}" })`)).toEqual(["{% $states.context %}", "{% $states.input %}", "{% $states.result %}"]);
  });

  test("while the closing '%}' is still to be typed, the text as typed with the field", { timeout: SLOW }, () => {
    expect(offered(`.pass("P", { output: "{% $states.input./*|*/" })`)).toEqual(inputFields.map((text) => text.replace(" %}", "")));
  });

  test("nothing is offered after a variable no state assigns, nor in a JSONPath state", { timeout: SLOW }, () => {
    expect(offered(`.pass("P", { output: "{% $ordr./*|*/ %}" })`)).toEqual([]);
    const entries = completionsAt(`${jsonataHead}export const wf = start.pass("P", { queryLanguage: "JSONPath", comment: "{% $states.input./*|*/ %}" });`);
    expect(entries.filter((entry) => /^\{% \$states\.input\.\S/.test(entry))).toEqual([]);
  });

  test("a finished reference offers no other field", { timeout: SLOW }, () => {
    expect(offered(`.pass("P", { output: "{% $states.input.total/*|*/ %}" })`).filter((entry) => entry !== "{% $states.input.total %}")).toEqual([]);
    expect(offered(`.pass("P", { output: "{% $states.input.items.(sku)/*|*/ %}" })`).filter((entry) => entry !== "{% $states.input.items.(sku) %}")).toEqual([]);
  });
});

describe("JSONata expressions being written: what is reported", () => {
  const source = (options: string) => `import { z } from "zod";
import { workflow } from "@aslc/dsl";
const Input = z.object({ order: z.object({ id: z.string() }), total: z.number() });
export const wf = workflow("Orders", { input: Input, queryLanguage: "JSONata" }).pass("P", ${options});
`;

  test("an expression being written reports nothing, as before", { timeout: SLOW }, () => {
    expect(errorsIn(source(`{ output: "{% $states.input. %}" }`))).toEqual([]);
  });

  test("another field's problem is reported with its own message while an expression is written", { timeout: SLOW }, () => {
    const written = errorsIn(source(`{ output: "{% $states.input. %}", assign: { x: "{% $states.input.nope %}" } }`));
    const finished = errorsIn(source(`{ output: "{% $states.input.total %}", assign: { x: "{% $states.input.nope %}" } }`));
    expect(written).toEqual(finished);
    expect(written.join("\n")).toContain("$states.input has no field 'nope'");
  });
});
