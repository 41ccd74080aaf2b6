/**
 * `aslc init`: a new project that builds, checks and tests green at once (here with the
 * workspace's packages, which the project finds in the repository's node_modules), and that
 * never overwrites a file.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { aslc } from "../support/cli.ts";
import { REPO, tempProject, type TempProject } from "../support/temp-project.ts";

const projects: TempProject[] = [];
afterAll(() => projects.forEach((p) => p.remove()));

const SCAFFOLD = [".github/workflows/aslc.yml", ".gitignore", "README.md", "aslc.config.json", "package.json", "src/Greeting.asl.json", "src/Greeting.contracts.ts", "src/Greeting.substitutions.json", "src/aslc.outputs.json", "src/greeting.workflow.ts", "src/handlers/greet.test.ts", "src/handlers/greet.ts", "template.yaml", "tsconfig.json", "vitest.config.ts"];

describe("aslc init", () => {
  it("creates a project whose build, check and test script pass", () => {
    const p = tempProject({}, "init");
    projects.push(p);
    const created = aslc(p.dir, "init", "greeter");
    expect(created.stderr).toBe("");
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(/aslc init: created 15 files; next: cd greeter && npm install && npm test/);
    const dir = join(p.dir, "greeter");
    expect(p.listing().map((f) => f.replace(/^greeter\//, ""))).toEqual(SCAFFOLD);

    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    expect(manifest.name).toBe("greeter");
    expect(manifest.scripts).toMatchObject({ build: "aslc build", check: "aslc check" });
    const template = parse(readFileSync(join(dir, "template.yaml"), "utf8"), { logLevel: "silent", customTags: [{ tag: "!GetAtt", resolve: (v: string) => ({ GetAtt: v }) }, { tag: "!Ref", resolve: (v: string) => ({ Ref: v }) }] });
    const machine = template.Resources.GreetingStateMachine.Properties;
    expect(machine.DefinitionUri).toBe("src/Greeting.asl.json");
    expect(Object.keys(machine.DefinitionSubstitutions)).toEqual(["GreetFunctionArn"]);
    expect(readFileSync(join(dir, ".github/workflows/aslc.yml"), "utf8")).toContain("npx aslc check");

    const build = aslc(dir, "build");
    expect(build.stderr).toBe("");
    expect(build.status).toBe(0);
    // init wrote what the workflow compiles to; the handler is the author's and type-checks against the contract.
    expect(build.stdout).toMatch(/^aslc build: 1 workflow, 0 written, 4 up to date, 1 handler kept/m);
    const substitutions = JSON.parse(readFileSync(join(dir, "src/Greeting.substitutions.json"), "utf8"));
    expect(substitutions.substitutions).toEqual(Object.keys(machine.DefinitionSubstitutions));
    expect(aslc(dir, "check").status).toBe(0);

    // The test script as npm runs it, with the workspace's binaries on the PATH.
    const test = spawnSync("sh", ["-c", manifest.scripts.test], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", CI: "1", PATH: `${join(REPO, "node_modules", ".bin")}:${process.env.PATH}` } });
    expect(test.stdout + test.stderr).toMatch(/Tests\s+2 passed/);
    expect(test.status).toBe(0);
  });

  it("refuses to overwrite any file, and then writes nothing", () => {
    const p = tempProject({ "package.json": '{ "name": "mine" }\n', "src/handlers/greet.ts": "// mine\n" }, "init");
    projects.push(p);
    const result = aslc(p.dir, "init");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^package\.json:1:1 - error ASLC357: package\.json exists already: aslc init never overwrites a file/m);
    expect(result.stderr).toMatch(/^src\/handlers\/greet\.ts:1:1 - error ASLC357/m);
    expect(p.listing()).toEqual(["package.json", "src/handlers/greet.ts"]);
    expect(readFileSync(join(p.dir, "package.json"), "utf8")).toBe('{ "name": "mine" }\n');
  });
});
