/**
 * A broken environment is a diagnostic, never a stack trace: a tsconfig that does not parse,
 * extends a missing file or names an unknown option, a path that does not exist, files and
 * folders that cannot be read, and exceptions nobody expected (ASLC399). Each exits 2, names
 * its code, says where and what to do, and writes nothing.
 */
import { chmodSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { aslc, aslcWith, type CliResult } from "../support/cli.ts";
import { tempProjects } from "../support/temp-projects.ts";

const FLOW = `import { z } from "zod";
import { workflow } from "@aslc/dsl";

export default workflow("Flow", { input: z.object({ id: z.string() }) }).pass("Step").succeed("Done");
`;

const project = tempProjects("hostile", { "flow.workflow.ts": FLOW });

/** Root reads every file whatever its mode: permission cases run as nobody then. */
const asRoot = process.getuid?.() === 0;
function unprivileged(cwd: string, ...args: string[]): CliResult {
  return asRoot ? aslcWith({ uid: 65534 }, cwd, ...args) : aslc(cwd, ...args);
}

function expectDiagnostic(result: CliResult, code: string, where: RegExp, message: RegExp) {
  expect(result.status).toBe(2);
  expect(result.stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
  const line = result.stderr.split("\n").find((l) => l.includes(`error ${code}:`));
  expect(line, result.stderr).toBeDefined();
  expect(line).toMatch(where);
  expect(line).toMatch(message);
  expect(result.stderr).toMatch(/aslc build: 1 error .*nothing was written/);
}

describe("a hostile environment", () => {
  it("reports a tsconfig that is not valid JSON at the syntax error (ASLC352)", () => {
    const p = project({ "tsconfig.json": '{\n  "compilerOptions": {\n    "strict": true\n    "noEmit": true\n  }\n}\n' });
    expectDiagnostic(aslc(p.dir, "build"), "ASLC352", /^tsconfig\.json:4:5 - /, /tsconfig\.json is not valid JSON: ',' expected: fix the syntax/);
    expect(p.listing()).toEqual(["flow.workflow.ts", "tsconfig.json"]);
  });

  it("reports an extends that names a missing file at the extends (ASLC353)", () => {
    const p = project({ "tsconfig.json": '{\n  "compilerOptions": { "strict": true },\n  "extends": "./base/tsconfig.json"\n}\n' });
    expectDiagnostic(aslc(p.dir, "build"), "ASLC353", /^tsconfig\.json:3:3 - /, /extends .*base\/tsconfig\.json, which does not exist: fix the "extends" path/);
    expect(p.listing()).toEqual(["flow.workflow.ts", "tsconfig.json"]);
  });

  it("reports an unknown compiler option at the option (ASLC354)", () => {
    const p = project({ "tsconfig.json": '{\n  "compilerOptions": { "strictest": true }\n}\n' });
    expectDiagnostic(aslc(p.dir, "build"), "ASLC354", /^tsconfig\.json:2:24 - /, /Unknown compiler option 'strictest'\. Did you mean 'strict'\? Fix or remove this compiler option \(TS5025\)$/);
  });

  it("reports a path that does not exist (ASLC350)", () => {
    const p = project({});
    expectDiagnostic(aslc(p.dir, "build", "no/such/folder"), "ASLC350", /^error ASLC350: /, /no file or folder at no\/such\/folder .*: check the path/);
    const named = aslc(p.dir, "build", "--tsconfig", "missing.json");
    expectDiagnostic(named, "ASLC350", /error ASLC350/, /there is no tsconfig at .*missing\.json/);
    expect(p.listing()).toEqual(["flow.workflow.ts"]);
  });

  it("reports a workflow file that cannot be read (ASLC351)", () => {
    const p = project({ "locked.workflow.ts": FLOW.replace('"Flow"', '"Locked"') });
    chmodSync(join(p.dir, "locked.workflow.ts"), 0o000);
    try {
      expectDiagnostic(unprivileged(p.dir, "build"), "ASLC351", /^locked\.workflow\.ts:1:1 - /, /cannot read the file .*locked\.workflow\.ts: permission denied: make it readable/);
    } finally {
      chmodSync(join(p.dir, "locked.workflow.ts"), 0o644);
    }
    expect(p.listing()).toEqual(["flow.workflow.ts", "locked.workflow.ts"]);
  });

  it("reports a folder that cannot be read (ASLC351)", () => {
    const p = project({});
    mkdirSync(join(p.dir, "private"));
    chmodSync(join(p.dir, "private"), 0o000);
    try {
      expectDiagnostic(unprivileged(p.dir, "build"), "ASLC351", /^error ASLC351: /, /cannot read the folder .*private: permission denied/);
    } finally {
      chmodSync(join(p.dir, "private"), 0o755);
    }
    expect(p.listing()).toEqual(["flow.workflow.ts"]);
  });

  it("reports a tsconfig that cannot be read (ASLC351)", () => {
    const p = project({ "tsconfig.json": "{}" });
    chmodSync(join(p.dir, "tsconfig.json"), 0o000);
    try {
      expectDiagnostic(unprivileged(p.dir, "build"), "ASLC351", /^tsconfig\.json:1:1 - /, /cannot read .*tsconfig\.json: permission denied/);
    } finally {
      chmodSync(join(p.dir, "tsconfig.json"), 0o644);
    }
  });
});

describe("an internal error", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.doUnmock("../../packages/compiler/src/compile.ts");
    vi.resetModules();
  });

  async function mainThatThrows() {
    vi.resetModules();
    vi.doMock("../../packages/compiler/src/compile.ts", () => ({
      HANDLERS_FOLDER: "handlers",
      compile: async () => {
        throw new TypeError("cannot read properties of undefined (reading 'States')");
      },
    }));
    return (await import("../../packages/compiler/src/cli.ts")).main;
  }

  it("is ASLC399 with a request to report it, exit 2, and no stack trace unless --debug", async () => {
    const main = await mainThatThrows();
    const printed: string[] = [];
    vi.spyOn(console, "error").mockImplementation((text: string) => void printed.push(text));
    const p = project({});
    expect(await main(["build"], p.dir)).toBe(2);
    expect(printed.join("\n")).toBe("error ASLC399: internal error: cannot read properties of undefined (reading 'States'): this is a bug in aslc, please report it with the command you ran (--debug shows the stack trace)");
    printed.length = 0;
    expect(await main(["build", "--debug"], p.dir)).toBe(2);
    expect(printed[1]).toMatch(/^TypeError: cannot read properties[\s\S]*\n\s+at /);
    expect(p.listing()).toEqual(["flow.workflow.ts"]);
  });
});
