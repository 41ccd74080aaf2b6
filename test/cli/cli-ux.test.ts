/** The command line's flags and output: version, help, quiet/verbose, summary, colours, JSON, config, tsconfigs. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { aslc, aslcWith } from "../support/cli.ts";
import { REPO, tempProject } from "../support/temp-project.ts";

const FLOW = (name = "Flow", extra = "") => `import { z } from "zod";
import { workflow, lambda } from "@aslc/dsl";
${extra}
export default workflow("${name}", { input: z.object({ id: z.string() }) })
  .task("Work", { resource: lambda.invoke("\${WorkArn}"), result: z.object({ ok: z.boolean() }), resultSelector: { "ok.$": "$.Payload.ok" }, resultPath: "$.work" })
  .succeed("Done");
`;
const BROKEN = FLOW("Flow", 'const count: number = "many";');

const projects: { remove(): void }[] = [];
function project(files: Record<string, string>) {
  const p = tempProject(files, "cli-ux");
  projects.push(p);
  return p;
}
afterAll(() => projects.forEach((p) => p.remove()));

const ESC = "\u001b[";

describe("aslc flags", () => {
  it("prints the package version with --version and -v", () => {
    const { version } = JSON.parse(readFileSync(join(REPO, "packages/compiler/package.json"), "utf8"));
    for (const flag of ["--version", "-v"]) {
      const result = aslc(REPO, flag);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(`${version}\n`);
    }
  });

  it("documents init and the new options in --help", () => {
    const main = aslc(REPO, "--help");
    expect(main.status).toBe(0);
    for (const text of ["init [dir]", "--quiet", "--verbose", "--version", "--no-cache", "--tsconfig", "NO_COLOR", "aslc.config.json"]) expect(main.stdout).toContain(text);
    const init = aslc(REPO, "init", "--help");
    expect(init.stdout).toMatch(/^Usage: aslc init \[dir\]/);
  });

  it("rejects an unknown option with exit 1 and the usage", () => {
    const result = aslc(REPO, "build", "--frobnicate");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Unknown option '--frobnicate'");
    expect(result.stderr).toContain("Usage: aslc");
  });

  it("closes a build with a summary line of counts and time, and lists written files only", () => {
    const p = project({ "flow.workflow.ts": FLOW() });
    const first = aslc(p.dir, "build");
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("wrote Flow.asl.json");
    expect(first.stdout).toMatch(/^aslc build: 1 workflow, 5 written, 0 up to date \(\d+(\.\d)? m?s\)$/m);
    const second = aslc(p.dir, "build");
    expect(second.stdout).not.toContain("wrote");
    expect(second.stdout).not.toMatch(/^kept /m);
    expect(second.stdout).toMatch(/^aslc build: 1 workflow, 0 written, 4 up to date, 1 handler kept \(\d+(\.\d)? m?s\)\n$/);
  });

  it("prints nothing on success with --quiet, and still the errors and their count", () => {
    const p = project({ "flow.workflow.ts": FLOW() });
    const ok = aslc(p.dir, "build", "--quiet");
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe("");
    expect(ok.stderr).toBe("");
    p.write("flow.workflow.ts", BROKEN);
    const bad = aslc(p.dir, "build", "-q");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/flow\.workflow\.ts:3:7 - error TS2322/);
    expect(bad.stderr).toMatch(/^aslc build: 1 error \(\d+(\.\d)? m?s\); nothing was written$/m);
  });

  it("adds kept stubs, the config and the type-check groups with --verbose", () => {
    const p = project({ "flow.workflow.ts": FLOW() });
    aslc(p.dir, "build");
    // The first build wrote the contracts and the stub: the second checks them, the third reuses that.
    aslc(p.dir, "build");
    const result = aslc(p.dir, "build", "--verbose");
    expect(result.stdout).toContain("kept handlers/work.ts (a handler is there already)");
    expect(result.stdout).toContain("config: none (defaults)");
    expect(result.stdout).toMatch(/type-check: 1 tsconfig group, 1 reused from the cache/);
    expect(aslc(p.dir, "build", "--quiet", "--verbose").status).toBe(1);
  });

  it("counts every error after a failed build", () => {
    const p = project({ "a.workflow.ts": BROKEN, "b.workflow.ts": BROKEN.replace('"Flow"', '"Other"') });
    const result = aslc(p.dir, "build");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^aslc build: 2 errors \(.*\); nothing was written$/m);
  });

  it("colours diagnostics when FORCE_COLOR asks, never with NO_COLOR, and not in a pipe by default", () => {
    const p = project({ "flow.workflow.ts": BROKEN });
    const forced = aslcWith({ env: { NO_COLOR: undefined, FORCE_COLOR: "1" } }, p.dir, "build");
    expect(forced.stderr).toContain(`${ESC}31m`);
    const off = aslcWith({ env: { NO_COLOR: "1", FORCE_COLOR: "1" } }, p.dir, "build");
    expect(off.stderr).not.toContain(ESC);
    const piped = aslcWith({ env: { NO_COLOR: undefined, FORCE_COLOR: undefined } }, p.dir, "build");
    expect(piped.stderr).not.toContain(ESC);
    expect(piped.status).toBe(2);
  });

  it("lists in build --json as written only the files it wrote; stubs that exist are kept", () => {
    const p = project({ "flow.workflow.ts": FLOW() });
    const first = JSON.parse(aslc(p.dir, "build", "--json").stdout);
    expect(first.written.sort()).toEqual(["Flow.asl.json", "Flow.contracts.ts", "Flow.substitutions.json", "aslc.outputs.json", "handlers/work.ts"]);
    expect(first.kept).toEqual([]);
    const second = JSON.parse(aslc(p.dir, "build", "--json").stdout);
    expect(second).toEqual({ diagnostics: [], written: [], kept: ["handlers/work.ts"], unchanged: ["Flow.asl.json", "Flow.substitutions.json", "Flow.contracts.ts", "aslc.outputs.json"], removed: [] });
  });
});

describe("aslc config", () => {
  it("takes search paths and the handlers folder from aslc.config.json", () => {
    const p = project({ "aslc.config.json": JSON.stringify({ paths: ["flows"], handlers: "lambdas" }), "flows/flow.workflow.ts": FLOW(), "elsewhere/other.workflow.ts": "this is not TypeScript" });
    const result = aslc(p.dir, "build", "--verbose");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("config: aslc.config.json");
    expect(p.listing()).toContain("flows/lambdas/work.ts");
    expect(readFileSync(join(p.dir, "flows/lambdas/work.ts"), "utf8")).toContain('from "../Flow.contracts.js"');
    expect(aslc(p.dir, "check").status).toBe(0);
  });

  it("reads an \"aslc\" key in package.json, with a tsconfig named for every workflow", () => {
    const p = project({
      "package.json": JSON.stringify({ name: "x", aslc: { tsconfig: "config/strict.json" } }, null, 2),
      "config/strict.json": JSON.stringify({ compilerOptions: { strict: true, noUnusedLocals: true, module: "esnext", moduleResolution: "bundler", skipLibCheck: true, types: [] } }),
      "flow.workflow.ts": FLOW("Flow", "const unused = 1;"),
    });
    const result = aslc(p.dir, "build");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/flow\.workflow\.ts:3:7 - error TS6133: 'unused' is declared but its value is never read/);
  });

  it("loads aslc.config.mjs, where the cache can be turned off", () => {
    const p = project({ "aslc.config.mjs": 'export default { paths: ["flows"], cache: false };\n', "flows/flow.workflow.ts": FLOW() });
    const result = aslc(p.dir, "build", "--verbose");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("config: aslc.config.mjs");
    expect(result.stdout).toContain("(cache off)");
    expect(p.listing()).toContain("flows/Flow.asl.json");
  });

  it("reports an invalid config as ASLC356 at its file", () => {
    const p = project({ "aslc.config.json": JSON.stringify({ path: ["flows"] }), "flow.workflow.ts": FLOW() });
    const result = aslc(p.dir, "build");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^aslc\.config\.json:1:1 - error ASLC356: the aslc config is not valid: .*path/m);
    const broken = project({ "aslc.config.json": '{\n  "paths": ["a"\n}', "flow.workflow.ts": FLOW() });
    const syntax = aslc(broken.dir, "build");
    expect(syntax.stderr).toMatch(/^aslc\.config\.json:3:1 - error ASLC356: .*is not valid JSON/m);
    expect(broken.listing()).toEqual(["aslc.config.json", "flow.workflow.ts"]);
  });
});

describe("nearest tsconfig", () => {
  it("checks each workflow with the tsconfig nearest to it", () => {
    const options = (extra: object) => JSON.stringify({ compilerOptions: { strict: true, module: "esnext", moduleResolution: "bundler", skipLibCheck: true, types: [], ...extra } });
    const p = project({
      "strict/tsconfig.json": options({ noUnusedLocals: true }),
      "strict/a.workflow.ts": FLOW("A", "const unused = 1;"),
      "loose/tsconfig.json": options({}),
      "loose/b.workflow.ts": FLOW("B", "const unused = 1;"),
    });
    const result = aslc(p.dir, "build", "--verbose", "--json");
    expect(result.status).toBe(2);
    const reported = JSON.parse(result.stdout).diagnostics;
    expect(reported.map((d: { file: string; code: string }) => `${d.file} ${d.code}`)).toEqual(["strict/a.workflow.ts TS6133"]);
    p.write("strict/tsconfig.json", options({}));
    const fixed = aslc(p.dir, "build", "--verbose");
    expect(fixed.status).toBe(0);
    expect(fixed.stdout).toContain("type-check: 2 tsconfig groups");
  });
});
