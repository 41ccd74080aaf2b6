/**
 * What Step Functions takes and meets only at run time, which the types refuse in a "{% … %}"
 * string: a call of a function JSONata and Step Functions do not have (ASLC190), a path to a field
 * the schemas lack (ASLC150: Step Functions knows no schema), and a variable read where some path
 * to the state has not assigned it. Step Functions takes such a
 * definition and fails only the execution that reaches the read (AWS's own runs recorded by
 * LocalStack: tests/aws/services/stepfunctions/v2/assign/test_assign_reference_variables.py,
 * test_undefined_reference, creates each machine and records the failed execution). So the
 * compiler warns (ASLC146) and writes; a "{% … %}" string's read of it still fails to type check,
 * which catches a misspelt name as it is typed, and `jsonata(…)` is the form that says the read is
 * meant. `aslc import` writes such reads with `jsonata(…)`, and the build gives the definition back.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { aslc } from "../support/cli.ts";
import { tempProjects } from "../support/temp-projects.ts";

const project = tempProjects("run-time-failures");

const DEFINITION = {
  QueryLanguage: "JSONata",
  StartAt: "Choose",
  States: {
    Choose: {
      Type: "Choice",
      Choices: [{ Condition: "{% $states.input.big %}", Assign: { size: "big" }, Next: "Report" }],
      Default: "Report",
    },
    Report: { Type: "Pass", Output: { size: "{% $size %}", input: "{% $states.input %}" }, End: true },
  },
};

const MODULE = (output: string) => `import { z } from "zod";
import { jsonata, workflow } from "@aslc/dsl";
export default workflow("W", { input: z.object({ n: z.number() }), queryLanguage: "JSONata" })
  ./*@*/pass("P", { output: ${output} });
`;

describe("a variable read where some path has not assigned it", () => {
  it("aslc import writes the read with jsonata(…), and the build writes the definition back with ASLC146 as a warning", () => {
    const p = project({ "definition.asl.json": JSON.stringify(DEFINITION) });
    const imported = aslc(p.dir, "import", "definition.asl.json", "--out", "workflows");
    expect(imported.status).toBe(0);
    const [file] = /workflows\/[a-z0-9-]+\.workflow\.ts/.exec(imported.stdout) ?? [];
    const source = readFileSync(join(p.dir, file!), "utf8");
    // Only the expression that reads the unassigned variable leaves the typed string form.
    expect(source).toContain(`size: jsonata("{% $size %}")`);
    expect(source).toContain(`input: "{% $states.input %}"`);

    const built = aslc(p.dir, "build", "workflows");
    expect(built.status).toBe(0);
    expect(built.stderr).toMatch(/\.workflow\.ts:\d+:\d+ - warning ASLC146: state 'Report': Output\.size reads \$size, which is not assigned on every path to this state/);
    expect(built.stderr).toContain("not on the path 'Choose' (Default)");
    const written = JSON.parse(readFileSync(join(p.dir, file!.replace(/[^/]+\.workflow\.ts$/, ""), "definition.asl.json"), "utf8"));
    expect(written).toEqual(DEFINITION);
  }, 180_000);

  it("aslc import writes a whole-template expression that reads it with jsonata(…) too (an Output given as one \"{% … %}\" string)", () => {
    const whole = { ...DEFINITION, States: { ...DEFINITION.States, Report: { Type: "Pass", Output: "{% $size %}", End: true } } };
    const p = project({ "definition.asl.json": JSON.stringify(whole) });
    const imported = aslc(p.dir, "import", "definition.asl.json", "--out", "workflows");
    expect(imported.status).toBe(0);
    const [file] = /workflows\/[a-z0-9-]+\.workflow\.ts/.exec(imported.stdout) ?? [];
    expect(readFileSync(join(p.dir, file!), "utf8")).toContain(`output: jsonata("{% $size %}")`);
    const built = aslc(p.dir, "build", "workflows");
    expect(built.status).toBe(0);
    expect(JSON.parse(readFileSync(join(p.dir, file!.replace(/[^/]+\.workflow\.ts$/, ""), "definition.asl.json"), "utf8"))).toEqual(whole);
  }, 180_000);

  it("aslc lint warns and passes; --warnings-as-errors fails", () => {
    const p = project({ "definition.asl.json": JSON.stringify(DEFINITION) });
    const linted = aslc(p.dir, "lint", "definition.asl.json");
    expect(linted.status).toBe(0);
    expect(linted.stdout).toMatch(/definition\.asl\.json:1:\d+ - warning ASLC146: state 'Report': Output\.size reads \$size/);
    expect(aslc(p.dir, "lint", "--warnings-as-errors", "definition.asl.json").status).not.toBe(0);
  });

  it("jsonata(…) builds with the warning at the state; the string form fails to type check", () => {
    const raw = project({ "a.workflow.ts": MODULE(`jsonata("$count($missing)")`) });
    const built = aslc(raw.dir, "build");
    expect(built.status).toBe(0);
    expect(built.stderr).toContain(`a.workflow.ts:${raw.marked!.line}:${raw.marked!.column} - warning ASLC146: state 'P': Output reads $missing`);
    expect(JSON.parse(readFileSync(join(raw.dir, "W.asl.json"), "utf8")).States.P.Output).toBe("{% $count($missing) %}");

    const typed = project({ "a.workflow.ts": MODULE(`"{% $count($missing) %}"`) });
    const refused = aslc(typed.dir, "build");
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("$missing is not assigned on every path to this state");
    expect(typed.listing()).toEqual(["a.workflow.ts"]);
  }, 180_000);

  it("aslc import writes a call of an unknown function with jsonata(…), and the build writes it back with ASLC190 as a warning", () => {
    const definition = { QueryLanguage: "JSONata", StartAt: "P", States: { P: { Type: "Pass", Output: { r: "{% $randomSeeded(3) %}", n: "{% $count([1]) %}" }, End: true } } };
    const p = project({ "definition.asl.json": JSON.stringify(definition) });
    const imported = aslc(p.dir, "import", "definition.asl.json", "--out", "workflows");
    expect(imported.status).toBe(0);
    const [file] = /workflows\/[a-z0-9-]+\.workflow\.ts/.exec(imported.stdout) ?? [];
    const source = readFileSync(join(p.dir, file!), "utf8");
    expect(source).toContain(`r: jsonata("{% $randomSeeded(3) %}")`);
    expect(source).toContain(`n: "{% $count([1]) %}"`);
    const built = aslc(p.dir, "build", "workflows");
    expect(built.status).toBe(0);
    expect(built.stderr).toMatch(/warning ASLC190: state 'P': Output\.r: .* calls \$randomSeeded, which is not a JSONata function/);
    expect(JSON.parse(readFileSync(join(p.dir, "workflows", "definition.asl.json"), "utf8"))).toEqual(definition);
  }, 180_000);

  it("aslc import writes a read of a field the inferred schemas lack with jsonata(…); the build warns (ASLC150) and writes it back", () => {
    // The Pass's Output says what reaches the Wait, and it has no field timeout.
    const definition = {
      QueryLanguage: "JSONata",
      StartAt: "Setup",
      States: {
        Setup: { Type: "Pass", Output: { waitTime: 3 }, Next: "Wait" },
        Wait: { Type: "Wait", Seconds: "{% $states.input.waitTime %}", Next: "Until" },
        Until: { Type: "Wait", Timestamp: "{% $states.input.timeout %}", End: true },
      },
    };
    const p = project({ "definition.asl.json": JSON.stringify(definition) });
    const imported = aslc(p.dir, "import", "definition.asl.json", "--out", "workflows");
    expect(imported.status).toBe(0);
    const [file] = /workflows\/[a-z0-9-]+\.workflow\.ts/.exec(imported.stdout) ?? [];
    const source = readFileSync(join(p.dir, file!), "utf8");
    expect(source).toContain(`timestamp: jsonata("{% $states.input.timeout %}")`);
    expect(source).toContain(`seconds: "{% $states.input.waitTime %}"`);
    const built = aslc(p.dir, "build", "workflows");
    expect(built.status).toBe(0);
    expect(built.stderr).toMatch(/warning ASLC150: state 'Until': Timestamp: \$states\.input\.timeout: the input has no field 'timeout'/);
    expect(JSON.parse(readFileSync(join(p.dir, "workflows", "definition.asl.json"), "utf8"))).toEqual(definition);
  }, 180_000);

  it("a raw expression reading a field the input lacks builds with ASLC150 at the state; the string form fails to type check", () => {
    const module = (output: string) => `import { z } from "zod";
import { jsonata, workflow } from "@aslc/dsl";
export default workflow("W", { input: z.object({ items: z.array(z.object({ sku: z.string() })) }), queryLanguage: "JSONata" })
  ./*@*/pass("P", { output: ${output} });
`;
    const raw = project({ "a.workflow.ts": module(`jsonata("$sum($states.input.items.price)")`) });
    const built = aslc(raw.dir, "build");
    expect(built.status).toBe(0);
    expect(built.stderr).toContain(`a.workflow.ts:${raw.marked!.line}:${raw.marked!.column} - warning ASLC150: state 'P': Output: $states.input.items.price`);
    const typed = project({ "a.workflow.ts": module(`"{% $states.input.items.price %}"`) });
    const refused = aslc(typed.dir, "build");
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("error TS2322");
    expect(typed.listing()).toEqual(["a.workflow.ts"]);
  }, 180_000);

  it("--quiet leaves the warning out", () => {
    const p = project({ "a.workflow.ts": MODULE(`jsonata("$missing")`) });
    const built = aslc(p.dir, "build", "--quiet");
    expect(built.status).toBe(0);
    expect(built.stderr).toBe("");
  }, 180_000);
});
