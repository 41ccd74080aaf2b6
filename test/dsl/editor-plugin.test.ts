// The DSL's language service plugin (`"plugins": [{ "name": "@aslc/dsl/editor" }]` in tsconfig.json):
// hovers on a chain, a Choice's `c`, a branch's `b` and a state's method show the payload as a
// plain object type, never the DSL's internal encodings; every other hover is TypeScript's own.
import path from "node:path";
import { describe, expect, test } from "vitest";
import { internalEncodingsIn } from "../support/internal-encoding.ts";
import { hoverAt } from "../support/language-service.ts";
import { tempProject } from "../support/temp-project.ts";
import { hoverInTsServer, startTsServer } from "../support/tsserver.ts";

const head = `import { z } from "zod";
import { workflow, lambda } from "@aslc/dsl";
const Input = z.object({ orderId: z.string(), note: z.string().optional(), tags: z.array(z.string()), "odd key": z.boolean() });
const Check = z.object({ ok: z.boolean() });
const start = workflow("Orders", { input: Input });
`;
const checked = `start.task("Check", { resource: lambda.function("x"), result: Check, resultPath: "$.check" })`;
const payload = `{ orderId: string; note?: string | undefined; tags: string[]; "odd key": boolean; check: { ok: boolean; }; }`;
const rules = `c.when(c.booleanEquals("$.check.ok", true), (b) => b.succeed("Yes")).otherwise((b) => b)`;

/** The language service takes a while on a busy machine; nothing here is timed. */
const SLOW = 120_000;

function hover(source: string, options?: { plugin: boolean }): string {
  return hoverAt(`${head}${source}`, options).replace(/\s+/g, " ");
}

describe("hovers in plain types", () => {
  test("a chain shows the payload it hands on", { timeout: SLOW }, () => {
    expect(hover(`export const /*|*/checkedOrder = ${checked};`)).toBe(`const checkedOrder: Chain<${payload}>`);
    // What TypeScript alone shows: the chain's every type argument, the payload in canonical form.
    expect(hover(`export const /*|*/checkedOrder = ${checked};`, { plugin: false })).toMatch(/^const checkedOrder: Catchable<Fields</);
  });

  test("a Choice's c shows the payload its rules test, a rule's b the payload it starts with", { timeout: SLOW }, () => {
    expect(hover(`export const wf = ${checked}.choice("Ok?", (/*|*/c) => ${rules});`)).toBe(`(parameter) c: Choice<${payload}>`);
    expect(hover(`export const wf = ${checked}.choice("Ok?", (c) => c.when(c.booleanEquals("$.check.ok", true), (/*|*/b) => b.succeed("Yes")).otherwise((b) => b));`)).toBe(
      `(parameter) b: Chain<${payload}>`,
    );
  });

  test("a state's method shows its parameters and the chain it returns", { timeout: SLOW }, () => {
    expect(hover(`export const wf = ${checked}./*|*/pass("Next");`)).toBe(`(method) Chain.pass(name: "Next", options?: PassOptions): Chain<${payload}>`);
    expect(hover(`export const wf = ${checked}./*|*/choice("Ok?", (c) => ${rules});`)).toBe(
      `(method) Chain.choice(name: "Ok?", rules: (c: Choice<${payload}>) => ChoiceDone, options?: ChoiceOptions): Chain<${payload}>`,
    );
    expect(hover(`export const wf = ${checked}./*|*/catch(["States.ALL"], (h) => h.fail("Failed"));`)).toBe(
      `(method) Chain.catch(errorEquals: readonly ["States.ALL"], handler: string | ((handler: Chain<{ Error: string; Cause: string; }>) => EndedPath), options?: CatchOptionsArg): Chain<${payload}>`,
    );
  });

  test("no hover along a workflow shows an internal encoding", { timeout: SLOW }, () => {
    const source = `export const wf = start
  ./*|*/task("Check", { resource: lambda.function("x"), result: Check, resultPath: "$.check" })
  .choice("Ok?", (c) => c.when(c.booleanEquals("$.check.ok", true), (b) => b.pass("Fix", { result: { fixed: true }, resultPath: "$.fix" }).goto("Check")).otherwise((b) => b))
  .map("Each", { itemsPath: "$.tags" }, (item) => item.pass("Tag").end())
  .parallel("Both", [(b) => b.pass("Left"), (b) => b.pass("Right")])
  .succeed("Done");`;
    const marks = [...source.matchAll(/\.(\w+)\(|\((\w+)\) =>/g)].map((match) => (match.index ?? 0) + 1);
    const hovers = marks.map((at) => hover(`${source.replace("/*|*/", "").slice(0, at)}/*|*/${source.replace("/*|*/", "").slice(at)}`));
    expect(hovers.length).toBeGreaterThan(10);
    expect(hovers.filter((text) => internalEncodingsIn(text).length > 0)).toEqual([]);
    // Nor a chain's other type arguments (the names declared so far, the scope).
    expect(hovers.filter((text) => /\b(?:Catchable|ChoiceStart|Env)<|\\0outer/.test(text))).toEqual([]);
  });

  test("hovers on anything else are TypeScript's own", { timeout: SLOW }, () => {
    // States's functions are printed as declared (`A extends Ref | Intrinsic`), which names no internal encoding.
    const states = `import { States } from "@aslc/dsl";\nexport const format = /*|*/States.Format;`;
    for (const source of [`export const wf = /*|*/Input;`, `export const /*|*/done = ${checked}.succeed("Done");`, `export const wf = start.pass("P", { /*|*/comment: "x" });`, states]) {
      expect(hover(source)).toBe(hover(source, { plugin: false }));
    }
  });
});

describe("in tsserver, configured in tsconfig.json", () => {
  test("tsserver loads the plugin from the installed package and its hovers are plain", { timeout: SLOW }, async () => {
    const source = `${head}export const checkedOrder = ${checked};\n`;
    const project = tempProject(
      {
        "tsconfig.json": JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: "esnext", moduleResolution: "bundler", target: "es2022", skipLibCheck: true, plugins: [{ name: "@aslc/dsl/editor" }] } }),
        "workflow.ts": source,
      },
      "editor-plugin",
    );
    const server = startTsServer();
    try {
      expect(await hoverInTsServer(server, path.join(project.dir, "workflow.ts"), source, "checkedOrder")).toBe(`const checkedOrder: Chain<${payload}>`);
    } finally {
      server.close();
      project.remove();
    }
  });
});
