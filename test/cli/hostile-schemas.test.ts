/**
 * Hostile schemas and the limits Step Functions enforces, through the `aslc build --json` command a
 * user runs: each case is a small project the compiler must refuse with exit code 2, a stable
 * code, a message that says what to do, the file, line and column (marked in the source with a
 * marker comment), and without writing anything.
 *
 * Sources for the limits:
 * - Payloads are JSON (Step Functions developer guide, "Processing input and output"): a schema's
 *   input side is what arrives; dates, bigints, maps, sets, NaN, undefined … never do.
 * - CreateStateMachine (API Reference): `definition` has "Maximum length of 1048576"; the service
 *   quotas page lists the 1 MB "maximum size of state machine definition" as a hard quota. The file as
 *   written (formatted) is what SAM's DefinitionUri, CDK's DefinitionBody.fromFile and
 *   `--definition file://` send, so that is what is counted.
 * - Empty strings: the AWS Toolkit's ASL schema (aws/amazon-states-language-service,
 *   src/json-schema: common.json and fail_state.json) gives Comment and a Fail state's Error and
 *   Cause "minLength": 1; the console's and the IDE's validation reject an empty one.
 * - File names: macOS (APFS) and Windows (NTFS) are case-insensitive by default, so `Orders.asl.json`
 *   and `orders.asl.json`, or `Billing/handlers` and `billing/handlers`, are one file there.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO, tempProject, type TempProject } from "../support/temp-project.ts";
import { expectRefused, type CaseDiagnostic } from "../support/run-cases.ts";

const HEADER = `import { z } from "zod";
import { workflow, lambda, jsonata } from "@aslc/dsl";
const Input = z.object({ id: z.string(), s: z.string().transform((v) => v.length), flag: z.stringbool(), n: z.number().default(1) });
const fn = lambda.function("arn:aws:lambda:us-east-1:123456789012:function:f");
`;

/** A workflow module: the header, then `export default workflow(name)…chain`. */
const module = (chain: string, name = "W", input = "Input") => `${HEADER}export default workflow("${name}", { input: ${input} })\n${chain};\n`;
/** The same, with the types bypassed, as a JavaScript author could write it. */
const untyped = (chain: string, input = "Input") => `${HEADER}export default (workflow("W", { input: ${input} as any }) as any)\n${chain};\n`;

interface Case {
  readonly title: string;
  readonly files: Record<string, string>;
  readonly code: string;
  readonly message: RegExp;
  readonly state?: string;
  /** Where the diagnostic points when no marker does: a file of the project, line 1, column 1. */
  readonly at?: string;
}

const cases: Case[] = [
  // Input-side typing: a transformed field arrives as the JSON it was before the transform.
  {
    title: "a numeric condition on a field a transform turns into a number",
    files: { "a.workflow.ts": module(`  .choice("C", (c) => c.when(c.numericEquals(/*@*/"$.s", 3), (b) => b.succeed("S")).otherwise((b) => b.succeed("T")))`) },
    code: "TS2345",
    message: /NumericEquals needs a number, but \$\.s is a string/,
  },
  {
    title: "a boolean condition on a z.stringbool() field, which arrives as a string",
    files: { "a.workflow.ts": module(`  .choice("C", (c) => c.when(c.booleanEquals(/*@*/"$.flag", true), (b) => b.succeed("S")).otherwise((b) => b.succeed("T")))`) },
    code: "TS2345",
    message: /BooleanEquals needs a boolean, but \$\.flag is a string/,
  },

  // Schemas JSON cannot carry: the types refuse what TypeScript can tell apart…
  {
    title: "z.date() in a Lambda result",
    files: { "a.workflow.ts": module(`  .task("Call", { resource: fn, /*@*/result: z.object({ createdAt: z.date() }) })`) },
    code: "TS2322",
    message: /result schema, field createdAt: z\.date\(\) is not JSON: use z\.iso\.datetime\(\) \(a string\)/,
  },
  {
    title: "z.bigint() deep in the execution input",
    files: { "a.workflow.ts": `${HEADER}export default workflow("W", { /*@*/input: z.object({ order: z.object({ lines: z.array(z.object({ cents: z.bigint() })) }) }) }).pass("P");\n` },
    code: "TS2322",
    message: /input schema, field order\.lines\[\]\.cents: z\.bigint\(\) is not JSON: use z\.number\(\)/,
  },

  // …and the compiler refuses every kind, at any depth, at the builder call.
  {
    title: "z.nan() in a Lambda result (a number to TypeScript)",
    files: { "a.workflow.ts": module(`  ./*@*/task("Call", { resource: fn, result: z.object({ score: z.nan() }) })`) },
    code: "ASLC160",
    message: /state 'Call': result schema, field score: z\.nan\(\) is not JSON \(NaN is sent as null\): use z\.number\(\) or z\.null\(\)/,
    state: "Call",
  },
  {
    title: "z.undefined() as a field of the execution input",
    files: { "a.workflow.ts": `${HEADER}export default /*@*/workflow("W", { input: z.object({ gone: z.undefined() }) }).pass("P");\n` },
    code: "ASLC160",
    message: /workflow 'W': input schema, field gone: z\.undefined\(\) is not JSON: make the field optional \(\.optional\(\)\), or use z\.null\(\)/,
  },
  {
    title: "z.date() in an array of a result the types cannot see (as any)",
    files: { "a.workflow.ts": module(`  ./*@*/task("Call", { resource: fn, result: z.object({ items: z.array(z.object({ when: z.date() })) }) as any })`) },
    code: "ASLC160",
    message: /state 'Call': result schema, field items\[\]\.when: z\.date\(\) is not JSON: use z\.iso\.datetime\(\) \(a string\)/,
    state: "Call",
  },
  {
    title: "z.map() in an untyped Map's itemSchema",
    files: {
      "a.workflow.ts": untyped(
        `  ./*@*/map("Each", { mode: "DISTRIBUTED", executionType: "STANDARD", itemReader: { resource: "arn:aws:states:::s3:getObject", readerConfig: { inputType: "JSON" }, parameters: { Bucket: "b", Key: "k" } }, itemSchema: z.object({ prices: z.map(z.string(), z.number()) }) }, (i: any) => i.pass("P"))`,
      ),
    },
    code: "ASLC160",
    message: /state 'Each': itemSchema, field prices: z\.map\(\) is not JSON: use z\.record\(keys, values\)/,
    state: "Each",
  },
  {
    title: "z.custom() inside a recursive (lazy) input schema",
    files: {
      "a.workflow.ts": `${HEADER}type Node = { name: string; children: Node[] };\nconst Tree: z.ZodType<Node> = z.lazy(() => z.object({ name: z.custom<string>((v) => typeof v === "string"), children: z.array(Tree) }));\nexport default /*@*/workflow("W", { input: Tree }).pass("P");\n`,
    },
    code: "ASLC160",
    message: /input schema, field name: z\.custom\(\) cannot be checked against JSON/,
  },
  {
    title: "a jsonata() expression declared as a z.set()",
    files: { "a.workflow.ts": `${HEADER}export default /*@*/workflow("W", { input: Input, queryLanguage: "JSONata" }).pass("P", { output: { tags: jsonata("$distinct($states.input.id)", z.set(z.string())) } });\n` },
    code: "ASLC160",
    message: /the schema of jsonata\(\) \{% \$distinct\(\$states\.input\.id\) %\}: z\.set\(\) is not JSON: use z\.array\(\)/,
  },

  // Limits Step Functions enforces.
  {
    title: "a 1 MB Result makes the definition too large for CreateStateMachine",
    files: { "a.workflow.ts": module(`  .pass("Small")\n  ./*@*/pass("Blob", { result: { data: "x".repeat(1_048_576) }, resultPath: "$.blob" })`) },
    code: "ASLC382",
    message: /the definition is 1,048,\d{3} characters, over the 1,048,576 Step Functions accepts; the largest state is 'Blob' .*keep large data out of the definition/,
    state: "Blob",
  },
  {
    title: "two workflows whose names differ only in case",
    files: { "a.workflow.ts": module(`  .pass("P")`, "Orders"), "b.workflow.ts": `${HEADER}export default /*@*/workflow("orders", { input: Input }).pass("P");\n` },
    code: "ASLC380",
    message: /workflow name 'orders' differs from 'Orders' \(in .*a\.workflow\.ts\) only in case: names must be unique ignoring case, as their files \(orders\.asl\.json, …\) are one file on macOS and Windows/,
  },
  {
    title: "handler stubs in folders whose names differ only in case",
    files: {
      "Billing/a.workflow.ts": module(`  .task("Charge", { resource: fn })`, "BillingA"),
      "billing/b.workflow.ts": module(`  .task("Charge", { resource: fn })`, "BillingB"),
    },
    code: "ASLC381",
    // The stubs are named after the function both tasks call (…:function:f).
    message: /billing\/handlers\/f\.ts and .*Billing\/handlers\/f\.ts \(from .*\) differ only in case/,
    at: "billing/b.workflow.ts",
  },
  {
    title: "an empty workflow Comment",
    files: { "a.workflow.ts": `${HEADER}export default /*@*/workflow("W", { input: Input, comment: "" }).pass("P");\n` },
    code: "ASLC161",
    message: /workflow 'W': Comment is empty, which the AWS Toolkit's ASL validation rejects: leave it out or write one/,
  },
  {
    title: "an empty Fail Error",
    files: { "a.workflow.ts": module(`  ./*@*/fail("F", { error: "", cause: "why" })`) },
    code: "ASLC161",
    message: /state 'F': Error is empty/,
    state: "F",
  },
  {
    title: "an empty Fail Cause",
    files: { "a.workflow.ts": module(`  ./*@*/fail("F", { error: "Bad", cause: "" })`) },
    code: "ASLC161",
    message: /state 'F': Cause is empty/,
    state: "F",
  },
  {
    title: "an empty state Comment",
    files: { "a.workflow.ts": module(`  ./*@*/pass("P", { comment: "" })`) },
    code: "ASLC161",
    message: /state 'P': Comment is empty/,
    state: "P",
  },
];

interface BuildResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `aslc build --json` in a folder, without blocking, so two cases can type-check at once. */
function build(dir: string): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(REPO, "packages", "compiler", "bin", "aslc.js"), "build", "--json"], { cwd: dir, env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs every folder, `parallel` at a time, keeping the results in order. */
async function buildAll(dirs: readonly string[], parallel = 2): Promise<BuildResult[]> {
  const results: BuildResult[] = new Array(dirs.length);
  let next = 0;
  const worker = async () => {
    while (next < dirs.length) {
      const i = next++;
      results[i] = await build(dirs[i]!);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return results;
}

describe("hostile schemas and Step Functions limits", () => {
  const projects: TempProject[] = cases.map((c, i) => tempProject(c.files, `hostile-${i}`));
  const before = new Map<string, string[]>();
  let results: BuildResult[];

  beforeAll(async () => {
    projects.forEach((p) => before.set(p.dir, p.listing()));
    results = await buildAll(projects.map((p) => p.dir));
  }, 600_000);

  afterAll(() => projects.forEach((p) => p.remove()));

  it("has at least 10 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  cases.forEach((c, i) => {
    it(`${c.code}: ${c.title}`, () => {
      const project = projects[i]!;
      const result = results[i]!;
      expect(result.status, result.stderr).toBe(2);
      const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: CaseDiagnostic[] };
      const marked = project.marked;
      const where = marked ? { file: marked.file.slice(project.dir.length + 1), line: marked.line, column: marked.column } : { file: c.at, line: 1, column: 1 };
      // The CLI's --json lists no written files on failure; the folder listing shows none were.
      expectRefused(c, { diagnostics, written: [] }, project, before.get(project.dir), where);
    });
  });
});
