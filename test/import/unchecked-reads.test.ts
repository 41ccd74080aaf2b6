/**
 * JSONPath reads Step Functions takes but that select nothing when the state runs: a field the
 * result lacks (an OutputPath on lambda:invoke's result, whose handler value is at $.Payload), a
 * context object field AWS does not have ($$.z), a string where a Map needs an array or a number
 * (MaxConcurrencyPath: AWS's Map state page says the path must select a non-negative integer), a variable
 * no state assigns. Step Functions creates such a machine and fails only the execution that
 * reaches the read (the States Language's "Paths" section: a path that selects nothing fails the
 * state with States.Runtime). The types refuse each read written as text; `aslc import` writes
 * them with `unchecked(…)`, every other read typed, and the build gives the definition back with
 * a warning (ASLC437 for a path, ASLC146 for a variable).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { aslc } from "../support/cli.ts";
import { tempProject, type TempProject } from "../support/temp-project.ts";

const projects: TempProject[] = [];
function project(files: Record<string, string>): TempProject {
  const p = tempProject(files, "unchecked-reads");
  projects.push(p);
  return p;
}
afterAll(() => projects.forEach((p) => p.remove()));

const DEFINITION = {
  StartAt: "Invoke",
  States: {
    Invoke: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "fn", "Payload.$": "$" }, OutputPath: "$.batch_input", Next: "Label" },
    Label: { Type: "Pass", Result: { label: "abc", items: [1, 2] }, Assign: { limit: "1" }, Next: "Each" },
    Each: {
      Type: "Map",
      ItemsPath: "$.label",
      MaxConcurrencyPath: "$limit",
      ItemProcessor: { StartAt: "One", States: { One: { Type: "Pass", End: true } } },
      ResultSelector: { "c.$": "$$.z", "id.$": "$$.Execution.Id" },
      Next: "Say",
    },
    Say: { Type: "Pass", Parameters: { "s.$": "States.Format('{}', $field2)", "id.$": "$.id" }, End: true },
  },
};

describe("aslc import of reads that select nothing at run time", () => {
  it("writes each with unchecked(…), the rest typed, and the build writes the definition back with warnings", () => {
    const p = project({ "definition.asl.json": JSON.stringify(DEFINITION) });
    const imported = aslc(p.dir, "import", "definition.asl.json", "--out", "workflows");
    expect(imported.status, imported.stderr).toBe(0);
    const [file] = /workflows\/[a-z0-9-]+\.workflow\.ts/.exec(imported.stdout) ?? [];
    const source = readFileSync(join(p.dir, file!), "utf8");
    expect(source).toContain(`outputPath: unchecked("$.batch_input")`);
    expect(source).toContain(`itemsPath: unchecked("$.label")`);
    expect(source).toContain(`maxConcurrencyPath: unchecked("$limit")`);
    expect(source).toContain(`"c.$": unchecked("$$.z")`);
    expect(source).toContain(`"s.$": unchecked("States.Format('{}', $field2)")`);
    // What the types follow stays typed text.
    expect(source).toContain(`"id.$": "$$.Execution.Id"`);
    expect(source).toContain(`"id.$": "$.id"`);

    const built = aslc(p.dir, "build", "workflows");
    expect(built.status, built.stderr).toBe(0);
    expect(built.stderr).toMatch(/warning ASLC437: state 'Invoke': OutputPath: \$ has no field 'batch_input'/);
    expect(built.stderr).toMatch(/warning ASLC437: state 'Each': ItemsPath: .*not an array/);
    expect(built.stderr).toMatch(/warning ASLC437: state 'Each': MaxConcurrencyPath: \$limit is the literal "1", not a number/);
    expect(built.stderr).toMatch(/warning ASLC437: state 'Each': ResultSelector\.c\.\$: \$\$ has no field 'z'/);
    expect(built.stderr).toMatch(/warning ASLC146: state 'Say': .*\$field2/);
    // Each warning is printed once.
    expect(built.stderr.match(/state 'Invoke': OutputPath/g)).toHaveLength(1);
    const written = JSON.parse(readFileSync(join(p.dir, "workflows", "definition.asl.json"), "utf8"));
    expect(written).toEqual(DEFINITION);
  }, 300_000);
});

const MODULE = (outputPath: string) => `import { z } from "zod";
import { lambda, unchecked, workflow } from "@aslc/dsl";
export default workflow("W", { input: z.object({ n: z.number() }) })
  ./*@*/task("Invoke", { resource: lambda.invoke("fn"), outputPath: ${outputPath} });
`;

describe("unchecked(…) in a module", () => {
  it("builds with the warning at the state; the same path as text fails to type check and writes nothing", () => {
    const raw = project({ "a.workflow.ts": MODULE(`unchecked("$.batch_input")`) });
    const built = aslc(raw.dir, "build");
    expect(built.status, built.stderr).toBe(0);
    expect(built.stderr).toContain(`a.workflow.ts:${raw.marked!.line}:${raw.marked!.column} - warning ASLC437: state 'Invoke': OutputPath: $ has no field 'batch_input'`);
    expect(JSON.parse(readFileSync(join(raw.dir, "W.asl.json"), "utf8")).States.Invoke.OutputPath).toBe("$.batch_input");

    const typed = project({ "a.workflow.ts": MODULE(`"$.batch_input"`) });
    const refused = aslc(typed.dir, "build");
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("$ has no field 'batch_input'");
    expect(typed.listing()).toEqual(["a.workflow.ts"]);
  }, 300_000);

  it("a path that is not a path is still an error", () => {
    const bad = project({ "a.workflow.ts": MODULE(`unchecked("$.a[")`) });
    const refused = aslc(bad.dir, "build");
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/error ASLC\d+: state 'Invoke': .*OutputPath/);
    expect(bad.listing()).toEqual(["a.workflow.ts"]);
  }, 300_000);
});
