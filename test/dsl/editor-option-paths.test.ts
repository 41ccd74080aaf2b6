// What the editor offers in the paths of a state's options, with the DSL's editor plugin
// (`"plugins": [{ "name": "@aslc/dsl/editor" }]`, which `aslc init` configures): the fields of the
// payload each option reads, at the cursor. TypeScript alone offers none of them (the last tests
// say why the plugin is needed and that it changes nothing else).
import { describe, expect, test } from "vitest";
import { completionInfoAt, completionsAt, CURSOR, errorsIn } from "../support/language-service.ts";

const head = `import { z } from "zod";
import { workflow, lambda } from "@aslc/dsl";
const Input = z.object({ order: z.object({ id: z.string(), paid: z.boolean() }), items: z.array(z.object({ sku: z.string() })), status: z.enum(["DONE", "PENDING"]), total: z.number() });
const start = workflow("Payments", { input: Input });
`;

const inputFields = ["$.items", "$.order", "$.status", "$.total"];
const orderFields = ["$.order.id", "$.order.paid"];

/** The language service takes a while on a busy machine; nothing here is timed. */
const SLOW = 120_000;

/** What the editor offers at the cursor in `chain`, appended to the workflow's start. */
function offered(chain: string): string[] {
  return completionsAt(`${head}export const wf = start${chain};`, { plugin: true }).sort();
}

describe("the input's paths", () => {
  test("InputPath after '$.' offers the input's fields, and after '$.order.' the fields of order", { timeout: SLOW }, () => {
    expect(offered(`.pass("P", { inputPath: "$./*|*/" })`)).toEqual(inputFields);
    expect(offered(`.pass("P", { inputPath: "$.order./*|*/" })`)).toEqual(orderFields);
  });

  test("a misspelt field offers the fields there are", { timeout: SLOW }, () => {
    expect(offered(`.pass("P", { inputPath: "$.ordr/*|*/" })`)).toEqual(inputFields);
  });

  test("the input is the previous state's output", { timeout: SLOW }, () => {
    expect(offered(`.pass("O", { inputPath: "$.order" }).pass("P", { inputPath: "$./*|*/" })`)).toEqual(["$.id", "$.paid"]);
  });

  test("a Choice's InputPath", { timeout: SLOW }, () => {
    expect(offered(`.choice("C", (c) => c.when(c.isPresent("$.total", true), (b) => b.succeed("S")).otherwise((b) => b.succeed("T")), { inputPath: "$./*|*/" })`)).toEqual(inputFields);
  });
});

describe("ResultPath: where the result is written into the input", () => {
  test("after '$.' the input's fields, after '$.order.' the fields of order", { timeout: SLOW }, () => {
    expect(offered(`.pass("P", { resultPath: "$./*|*/" })`)).toEqual(inputFields);
    expect(offered(`.pass("P", { resultPath: "$.order./*|*/" })`)).toEqual(orderFields);
  });

  test("a catcher's ResultPath", { timeout: SLOW }, () => {
    expect(offered(`.task("T", { resource: lambda.function("f") }).catch(["States.ALL"], (b) => b.succeed("S"), { resultPath: "$./*|*/" })`)).toEqual(inputFields);
  });

  test("a ResultPath that ends in '.' is an error that says what to write", { timeout: SLOW }, () => {
    const errors = errorsIn(`${head}export const wf = start.pass("P", { resultPath: "$.order." });`);
    expect(errors.join("\n")).toContain("ResultPath names no field after '$.order.': write a field's name after each '.'");
    expect(errorsIn(`${head}export const wf = start.pass("P", { resultPath: "$.order.note" });`)).toEqual([]);
  });
});

describe("the paths read after the state's work", () => {
  test("OutputPath reads the output: the input with the result written at ResultPath", { timeout: SLOW }, () => {
    expect(offered(`.task("T", { resource: lambda.function("f"), result: z.object({ r: z.number() }), resultPath: "$.res", outputPath: "$./*|*/" })`)).toEqual([...inputFields, "$.res"].sort());
  });

  test("ResultSelector's '.$' values read the task's result", { timeout: SLOW }, () => {
    expect(offered(`.task("T", { resource: lambda.function("f"), result: z.object({ r: z.number(), s: z.string() }), resultSelector: { "x.$": "$./*|*/" } })`)).toEqual(["$.r", "$.s"]);
  });

  test("a Parallel's OutputPath", { timeout: SLOW }, () => {
    expect(offered(`.parallel("Par", (p) => p.branch((b) => b.pass("X")), { resultPath: "$.par", outputPath: "$./*|*/" })`)).toEqual([...inputFields, "$.par"].sort());
  });
});

describe("'.$' values in templates", () => {
  test("in Parameters, at any depth and in arrays", { timeout: SLOW }, () => {
    expect(offered(`.pass("P", { parameters: { "x.$": "$./*|*/" } })`)).toEqual(inputFields);
    expect(offered(`.pass("P", { parameters: { a: { "x.$": "$.order./*|*/" } } })`)).toEqual(orderFields);
    expect(offered(`.pass("P", { parameters: { list: [{ "a.$": "$.order./*|*/" }] } })`)).toEqual(orderFields);
  });

  test("the context object after '$$.'", { timeout: SLOW }, () => {
    const entries = offered(`.pass("P", { parameters: { "x.$": "$$.Execution./*|*/" } })`);
    expect(entries).toContain("$$.Execution.Id");
    expect(entries).toContain("$$.Execution.Input");
    expect(entries.every((entry) => entry.startsWith("$$.Execution."))).toBe(true);
  });

  test("a Map's item selector reads the item under '$$.Map.Item.Value.'", { timeout: SLOW }, () => {
    expect(offered(`.map("M", { itemsPath: "$.items", itemSelector: { "v.$": "$$.Map.Item.Value./*|*/" } }, (i) => i.pass("X"))`)).toEqual(["$$.Map.Item.Value.sku"]);
  });

  test("a variable's fields after '$name.'", { timeout: SLOW }, () => {
    expect(offered(`.pass("A", { assign: { "o.$": "$.order" } }).pass("P", { parameters: { "x.$": "$o./*|*/" } })`)).toEqual(["$o.id", "$o.paid"]);
  });

  test("Assign's values", { timeout: SLOW }, () => {
    expect(offered(`.pass("P", { assign: { "x.$": "$./*|*/" } })`)).toEqual(inputFields);
  });
});

describe("the other '…Path' options", () => {
  test("ItemsPath, SecondsPath and ErrorPath", { timeout: SLOW }, () => {
    expect(offered(`.map("M", { itemsPath: "$./*|*/" }, (i) => i.pass("X"))`)).toEqual(inputFields);
    expect(offered(`.wait("W", { secondsPath: "$./*|*/" })`)).toEqual(inputFields);
    expect(offered(`.fail("F", { errorPath: "$./*|*/" })`)).toEqual(inputFields);
  });

  test("read after InputPath", { timeout: SLOW }, () => {
    expect(offered(`.wait("W", { inputPath: "$.order", secondsPath: "$./*|*/" })`)).toEqual(["$.id", "$.paid"]);
  });
});

describe("what the plugin leaves as it was", () => {
  test("TypeScript alone offers none of these paths (the literal as typed, intersected with them, leaves none)", { timeout: SLOW }, () => {
    expect(completionsAt(`${head}export const wf = start.pass("P", { inputPath: "$./*|*/" });`)).toEqual([]);
  });

  test("a path that is right offers no other path", { timeout: SLOW }, () => {
    for (const options of [`{ inputPath: "$.order/*|*/" }`, `{ resultPath: "$.total/*|*/" }`, `{ parameters: { "x.$": "$.order.id/*|*/" } }`]) {
      const source = `${head}export const wf = start.pass("P", ${options});`;
      expect(completionsAt(source, { plugin: true })).toEqual(completionsAt(source));
      // TypeScript offers at most the path as typed.
      expect(completionsAt(source).filter((entry) => !options.includes(`"${entry}/*|*/"`))).toEqual([]);
    }
  });

  test("an accepted path replaces the whole string's text", { timeout: SLOW }, () => {
    const source = `${head}export const wf = start.pass("P", { inputPath: "$.order.${CURSOR}" });`;
    const info = completionInfoAt(source, { plugin: true });
    const entry = info?.entries.find((candidate) => candidate.name === "$.order.id");
    const text = source.replace(CURSOR, "");
    const span = entry?.replacementSpan;
    expect(span && text.slice(span.start, span.start + span.length)).toBe("$.order.");
  });

  test("a string in an object given to any other function", { timeout: SLOW }, () => {
    const source = `${head}function other(options: { path: "$.a" | "$.b" }) { return options; }\nexport const x = other({ path: "$./*|*/" });`;
    expect(completionsAt(source, { plugin: true }).sort()).toEqual(completionsAt(source).sort());
    expect(completionsAt(source).sort()).toEqual(["$.a", "$.b"]);
  });

  test("Choice conditions and JSONata expressions offer what TypeScript offers", { timeout: SLOW }, () => {
    const choice = `${head}export const wf = start.choice("C", (c) => c.when(c.booleanEquals("$.order./*|*/", true), (b) => b.succeed("S")).otherwise((b) => b.succeed("T")));`;
    expect(completionsAt(choice, { plugin: true }).sort()).toEqual(completionsAt(choice).sort());
    const jsonata = `${head}export const wf = workflow("J", { input: Input, queryLanguage: "JSONata" }).pass("P", { output: "{% $states.input.order./*|*/ %}" });`;
    expect(completionsAt(jsonata, { plugin: true }).sort()).toEqual(["{% $states.input.order.id %}", "{% $states.input.order.paid %}"]);
  });
});
