/**
 * Workflow modules are the author's programs: whatever one does while it loads (exit, hang,
 * print, throw later, write files, patch globals, give values JSON cannot carry) must end as a
 * diagnostic against that module, with nothing written, or not matter at all. Each case is a
 * small project; the expected position is marked in the source with a marker comment.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aslc } from "../support/cli.ts";
import { compileCases, expectRefused, type CaseResult } from "../support/run-cases.ts";
import { tempProject, type TempProject } from "../support/temp-project.ts";
import { tempProjects } from "../support/temp-projects.ts";

const HEADER = `import { z } from "zod";
import { workflow } from "@aslc/dsl";
`;
const PLAIN = `export default workflow("W", { input: z.object({ items: z.array(z.string()) }) }).pass("P");\n`;
/** A module whose Pass state gives `value` as its Result (typed loosely, as JavaScript could). */
const result = (value: string, prelude = "") => `${HEADER}${prelude}export default workflow("W", { input: z.object({}) })./*@*/pass("P", { result: ${value} as any });\n`;

interface Case {
  readonly title: string;
  readonly files: Record<string, string>;
  readonly code: string;
  readonly message: RegExp;
  readonly state?: string;
}

const cases: Case[] = [
  // The process: ending it, hanging it, never settling, throwing later, printing.
  { title: "process.exit(0) while loading", files: { "a.workflow.ts": `${HEADER}process./*@*/exit(0);\n${PLAIN}` }, code: "ASLC310", message: /called process\.exit\(0\) while loading/ },
  { title: "process.exit(7) while loading", files: { "a.workflow.ts": `${HEADER}process./*@*/exit(7);\n${PLAIN}` }, code: "ASLC310", message: /called process\.exit\(7\)/ },
  { title: "process.exit inside a try that swallows it", files: { "a.workflow.ts": `/*@*/${HEADER}try { process.exit(3); } catch {}\n${PLAIN}` }, code: "ASLC310", message: /process\.exit\(3\)/ },
  { title: "an endless loop at module scope", files: { "a.workflow.ts": `/*@*/${HEADER}while (true) {}\n${PLAIN}` }, code: "ASLC311", message: /did not finish loading within 5000 ms/ },
  { title: "a top-level await that never settles", files: { "a.workflow.ts": `/*@*/${HEADER}await new Promise(() => {});\n${PLAIN}` }, code: "ASLC312", message: /top-level await never settles/ },
  { title: "a timer that throws after loading", files: { "a.workflow.ts": `${HEADER}setTimeout(() => { throw /*@*/new Error("too late"); }, 0);\n${PLAIN}` }, code: "ASLC313", message: /a timer or callback threw after the module loaded: too late/ },
  { title: "an unhandled rejection", files: { "a.workflow.ts": `${HEADER}Promise.reject(/*@*/new Error("nobody listens"));\n${PLAIN}` }, code: "ASLC313", message: /a promise was rejected and nothing handled it after the module loaded: nobody listens/ },
  { title: "console.log while loading", files: { "a.workflow.ts": `${HEADER}console./*@*/log("debugging", 42);\n${PLAIN}` }, code: "ASLC314", message: /printed while loading .*\ndebugging 42/ },
  { title: "console.error while loading", files: { "a.workflow.ts": `${HEADER}console./*@*/error("oops");\n${PLAIN}` }, code: "ASLC314", message: /printed while loading .*\noops/ },
  // The permission model: loading may read, nothing else.
  { title: "writing a file while loading", files: { "a.workflow.ts": `${HEADER}import { writeFileSync } from "node:fs";\n/*@*/writeFileSync("owned.txt", "x");\n${PLAIN}` }, code: "ASLC315", message: /tried to write a file while loading/ },
  { title: "starting a process while loading", files: { "a.workflow.ts": `${HEADER}import { execFileSync } from "node:child_process";\n/*@*/execFileSync("true");\n${PLAIN}` }, code: "ASLC315", message: /tried to start a process while loading/ },
  // Values JSON cannot carry, in any field, with their paths.
  { title: "a BigInt in Result", files: { "a.workflow.ts": result("{ v: 10n }") }, code: "ASLC317", message: /state 'P': Result\.v is a BigInt \(10n\), which JSON cannot represent: write a number/, state: "P" },
  { title: "NaN in Result", files: { "a.workflow.ts": result("{ n: NaN }") }, code: "ASLC317", message: /Result\.n is NaN/, state: "P" },
  { title: "Infinity in Result", files: { "a.workflow.ts": result("{ n: -Infinity }") }, code: "ASLC317", message: /Result\.n is -Infinity/, state: "P" },
  { title: "undefined in an array of Parameters", files: { "a.workflow.ts": `${HEADER}export default workflow("W", { input: z.object({}) })./*@*/pass("P", { parameters: { items: ["a", "b", undefined] } as any });\n` }, code: "ASLC317", message: /Parameters\.items\[2\] is undefined.*write null, or leave the key out/, state: "P" },
  { title: "a function in Result", files: { "a.workflow.ts": result("{ f: () => 1 }") }, code: "ASLC317", message: /Result\.f is a function/, state: "P" },
  { title: "a Symbol in Result", files: { "a.workflow.ts": result('{ s: Symbol("x") }') }, code: "ASLC317", message: /Result\.s is a Symbol/, state: "P" },
  { title: "a Date in Result", files: { "a.workflow.ts": result("{ when: new Date(0) }") }, code: "ASLC317", message: /Result\.when is a Date.*toISOString/, state: "P" },
  { title: "a Map in Result", files: { "a.workflow.ts": result("{ m: new Map([[1, 2]]) }") }, code: "ASLC317", message: /Result\.m is a Map/, state: "P" },
  { title: "a Set in Result", files: { "a.workflow.ts": result("{ s: new Set([1]) }") }, code: "ASLC317", message: /Result\.s is a Set/, state: "P" },
  { title: "a class instance in Result", files: { "a.workflow.ts": result("{ p: new Point() }", "class Point { x = 1; }\n") }, code: "ASLC317", message: /Result\.p is an instance of Point/, state: "P" },
  { title: "a typed array in Result", files: { "a.workflow.ts": result("{ bytes: new Uint8Array(2) }") }, code: "ASLC317", message: /Result\.bytes is a Uint8Array/, state: "P" },
  { title: "a circular object in Result", files: { "a.workflow.ts": result("loop", "const loop: any = { a: 1 };\nloop.self = loop;\n") }, code: "ASLC317", message: /Result\.self.* is a circular reference/, state: "P" },
  { title: "a BigInt in a JSONata Output", files: { "a.workflow.ts": `${HEADER}export default workflow("W", { input: z.object({}), queryLanguage: "JSONata" })./*@*/pass("P", { output: { total: 1n } as any });\n` }, code: "ASLC317", message: /Output\.total is a BigInt/, state: "P" },
  { title: "NaN in a retrier", files: { "a.workflow.ts": `${HEADER}import { lambda } from "@aslc/dsl";\nexport default workflow("W", { input: z.object({}) })./*@*/task("T", { resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:f"), retry: [{ errorEquals: ["States.ALL"], maxAttempts: NaN }] });\n` }, code: "ASLC317", message: /Retry\[0\]\.maxAttempts is NaN/, state: "T" },
  // Circular imports keep ES module semantics: a value read before it is initialised.
  {
    title: "a circular import that reads a value before it is initialised",
    files: {
      "a.workflow.ts": `${HEADER}import { suffix } from "./names.ts";\nexport const prefix = "Order";\nexport default workflow(\`\${prefix}\${suffix}\`, { input: z.object({}) }).pass("P");\n`,
      "names.ts": `import { prefix } from "./a.workflow.ts";\nexport const suffix = /*@*/prefix + "X";\n`,
    },
    code: "ASLC316",
    message: /read a value before it was initialised \(Cannot access 'prefix' before initialization\)/,
  },
];

describe("hostile workflow modules", () => {
  const projects: TempProject[] = cases.map((c, i) => tempProject(c.files, `hostile-${i}`));
  let results: Record<string, CaseResult>;
  const before = new Map<string, string[]>();

  beforeAll(() => {
    projects.forEach((p) => before.set(p.dir, p.listing()));
    results = compileCases(projects.map((p) => p.dir));
  }, 300_000);

  afterAll(() => projects.forEach((p) => p.remove()));

  it("has at least 20 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  cases.forEach((c, i) => {
    it(`${c.code}: ${c.title}`, () => {
      const project = projects[i]!;
      expectRefused(c, results[project.dir]!, project, before.get(project.dir));
    });
  });
});

describe("the command line with hostile modules", () => {
  const project = tempProjects("hostile-cli");
  const GOOD = `${HEADER}export default workflow("W", { input: z.object({}) }).pass("P", { result: { n: 1 } });\n`;

  it("check: a module that calls process.exit(0) no longer passes a drifted definition (exit 2, file unchanged)", () => {
    const p = project({ "a.workflow.ts": GOOD });
    expect(aslc(p.dir, "build").status).toBe(0);
    p.write("W.asl.json", '{ "drifted": true }\n');
    p.write("a.workflow.ts", GOOD.replace("export default", "process.exit(0);\nexport default"));
    const result = aslc(p.dir, "check");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/a\.workflow\.ts:3:9 - error ASLC310: the module called process\.exit\(0\)/);
    expect(readFileSync(join(p.dir, "W.asl.json"), "utf8")).toBe('{ "drifted": true }\n');
  }, 120_000);

  it("build: process.exit(7) and a type error in the same module are reported together (exit 2, nothing written)", () => {
    const p = project({ "a.workflow.ts": GOOD.replace("export default", 'const n: number = "one";\nprocess.exit(7);\nexport default') });
    const result = aslc(p.dir, "build", "--module-timeout", "3");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/a\.workflow\.ts:3:7 - error TS2322/);
    expect(result.stderr).toMatch(/a\.workflow\.ts:4:9 - error ASLC310: the module called process\.exit\(7\)/);
    expect(p.listing()).toEqual(["a.workflow.ts"]);
  }, 120_000);

  it("--json: what a module prints stays out of the JSON on stdout and is quoted in its diagnostic", () => {
    const p = project({ "a.workflow.ts": GOOD.replace("export default", 'console.log("not json");\nexport default') });
    const result = aslc(p.dir, "build", "--json");
    expect(result.status).toBe(2);
    const parsed = JSON.parse(result.stdout) as { diagnostics: { code: string; message: string; file: string; line: number; column: number }[] };
    expect(parsed.diagnostics).toEqual([expect.objectContaining({ code: "ASLC314", file: "a.workflow.ts", line: 3, column: 9, message: expect.stringMatching(/\nnot json$/) })]);
    expect(p.listing()).toEqual(["a.workflow.ts"]);
  }, 120_000);

  it("a module that overrides JSON.stringify and pollutes Object.prototype cannot change what is written", () => {
    const p = project({ "a.workflow.ts": `${GOOD}JSON.stringify = () => '{"hacked":true}';\n(Object.prototype as any).polluted = "yes";\n` });
    const result = aslc(p.dir, "build");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(JSON.parse(readFileSync(join(p.dir, "W.asl.json"), "utf8"))).toEqual({ StartAt: "P", States: { P: { Type: "Pass", Result: { n: 1 }, End: true } } });
    expect(aslc(p.dir, "check").status).toBe(0);
  }, 120_000);

  it("--module-timeout takes a number of seconds above 0", () => {
    const p = project({ "a.workflow.ts": GOOD });
    const result = aslc(p.dir, "build", "--module-timeout", "soon");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/unknown option --module-timeout soon \(give a number of seconds above 0\)/);
  });
});
