/**
 * ASL files read as written: JSON strictly (as Step Functions reads it), YAML with CloudFormation's
 * tags as intrinsics; every node's site is the line and column of its key or list entry.
 */
import { describe, expect, it } from "vitest";
import { at, readFixture } from "./sources-support.ts";

const JSON_DEFINITION = `{
  "Comment": "Checks an order",
  "StartAt": "Check",
  "States": {
    "Check": {
      "Type": "Choice",
      "Choices": [
        { "Variable": "$.paid", "BooleanEquals": true, "Next": "Ship" },
        { "Variable": "$.total", "NumericGreaterThan": 100, "Next": "Review" }
      ],
      "Default": "Ship"
    },
    "Review": { "Type": "Task", "Resource": "\${ReviewFunctionArn}", "Next": "Ship" },
    "Ship": { "Type": "Succeed" }
  }
}
`;

describe("an ASL JSON file", () => {
  it("is one asl-json source named by the file, its definition as JSON.parse reads it", async () => {
    const { sources, diagnostics, file } = await readFixture({ "orders.asl.json": JSON_DEFINITION });
    expect(diagnostics).toEqual([]);
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({ file, name: "orders", format: "asl-json", definition: JSON.parse(JSON_DEFINITION) });
    expect(sources[0]!.substitutions).toBeUndefined();
  });

  it("places a field at its key, a list entry at its value, and a path not written at its nearest written ancestor", async () => {
    const { sources, file } = await readFixture({ "orders.asl.json": JSON_DEFINITION });
    const siteOf = sources[0]!.siteOf;
    expect(siteOf(["States", "Review", "Resource"])).toEqual({ file, line: 13, column: 33 });
    expect(siteOf(["States", "Check", "Choices", 1])).toEqual({ file, ...at(JSON_DEFINITION, `{ "Variable": "$.total"`) });
    expect(siteOf(["States", "Check", "Choices", 1, "NumericGreaterThan"])).toEqual({ file, ...at(JSON_DEFINITION, `"NumericGreaterThan"`) });
    expect(siteOf(["States", "Ship", "Next"])).toEqual({ file, ...at(JSON_DEFINITION, `"Ship": {`) });
    expect(siteOf(["States", "Check", "Choices", 7])).toEqual({ file, ...at(JSON_DEFINITION, `"Choices"`) });
    expect(siteOf([])).toEqual({ file, line: 1, column: 1 });
  });

  it("places a key written twice at the second, whose value JSON.parse keeps", async () => {
    const text = `{\n  "StartAt": "A",\n  "StartAt": "B",\n  "States": {}\n}\n`;
    const { sources, file } = await readFixture({ "twice.json": text });
    expect(sources[0]!.definition).toMatchObject({ StartAt: "B" });
    expect(sources[0]!.siteOf(["StartAt"])).toEqual({ file, line: 3, column: 3 });
  });

  it.each([
    ["a trailing comma", `{\n  "StartAt": "A",\n  "States": {},\n}\n`, { line: 4, column: 1 }, /trailing comma/],
    ["a comment", `{\n  // the first state\n  "StartAt": "A",\n  "States": {}\n}\n`, { line: 2, column: 3 }, /comment/],
    ["a comment before it", `// orders\n{ "StartAt": "A", "States": {} }\n`, { line: 1, column: 1 }, /comment/],
    ["a placeholder outside a string", `{\n  "StartAt": "A",\n  "TimeoutSeconds": \${Timeout},\n  "States": {}\n}\n`, { line: 3, column: 21 }, /inside quotes/],
    ["a single-quoted string", `{\n  'StartAt': "A"\n}\n`, { line: 2, column: 3 }, /double quotes/],
    ["a byte order mark", `\uFEFF{ "StartAt": "A", "States": {} }\n`, { line: 1, column: 1 }, /byte order mark/],
    ["an unclosed object", `{\n  "StartAt": "A",\n  "States": {\n`, { line: 4, column: 1 }, /expected/],
  ])("with %s is ASLC401 at the line and column where JSON stops", async (_, text, where, message) => {
    const { sources, diagnostics, file } = await readFixture({ "bad.asl.json": text });
    expect(sources).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: "ASLC401", severity: "error", site: { file, ...where } });
    expect(diagnostics[0]!.message).toMatch(message);
  });
});

const YAML_DEFINITION = `# The order workflow
Comment: Checks an order
StartAt: Check
States:
  Check:
    Type: Choice
    Choices:
      - Variable: $.paid
        BooleanEquals: true
        Next: Ship
    Default: Ship
  Ship:
    Type: Task
    Resource: !GetAtt ShipFunction.Arn
    Parameters:
      "order.$": $.order
      count: 3
      ratio: 0.5
      flag: yes
    End: true
`;

describe("an ASL YAML file", () => {
  it("is one asl-yaml source; YAML's kinds are JSON's, and a short tag is the intrinsic's long form", async () => {
    const { sources, diagnostics, file } = await readFixture({ "orders.asl.yaml": YAML_DEFINITION });
    expect(diagnostics).toEqual([]);
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({ file, name: "orders", format: "asl-yaml" });
    expect(sources[0]!.definition).toEqual({
      Comment: "Checks an order",
      StartAt: "Check",
      States: {
        Check: { Type: "Choice", Choices: [{ Variable: "$.paid", BooleanEquals: true, Next: "Ship" }], Default: "Ship" },
        Ship: { Type: "Task", Resource: { "Fn::GetAtt": ["ShipFunction", "Arn"] }, Parameters: { "order.$": "$.order", count: 3, ratio: 0.5, flag: "yes" }, End: true },
      },
    });
  });

  it("places fields at their keys and list entries at their values; a path inside a short tag at the tag's value", async () => {
    const { sources, file } = await readFixture({ "orders.asl.yaml": YAML_DEFINITION });
    const siteOf = sources[0]!.siteOf;
    expect(siteOf(["States", "Check", "Choices", 0])).toEqual({ file, line: 8, column: 9 });
    expect(siteOf(["States", "Check", "Choices", 0, "Next"])).toEqual({ file, line: 10, column: 9 });
    expect(siteOf(["States", "Ship", "Parameters", "order.$"])).toEqual({ file, line: 16, column: 7 });
    expect(siteOf(["States", "Ship", "Resource", "Fn::GetAtt", 1])).toEqual({ file, ...at(YAML_DEFINITION, "ShipFunction.Arn") });
    expect(siteOf(["States", "Ship", "Retry", 0])).toEqual({ file, ...at(YAML_DEFINITION, "Ship:", 0) });
  });

  it("with a syntax error is ASLC402 at its line and column", async () => {
    const text = `StartAt: A\nStates:\n  A:\n    Type: Pass\n   End: true\n`;
    const { sources, diagnostics, file } = await readFixture({ "bad.asl.yaml": text });
    expect(sources).toEqual([]);
    expect(diagnostics).toMatchObject([{ code: "ASLC402", site: { file, line: 5 } }]);
  });

  it("with a key written twice in one mapping is ASLC402", async () => {
    const { diagnostics } = await readFixture({ "twice.asl.yaml": `StartAt: A\nStartAt: B\nStates: {}\n` });
    expect(diagnostics).toMatchObject([{ code: "ASLC402", site: { line: 2, column: 1 } }]);
    expect(diagnostics[0]!.message).toMatch(/unique/i);
  });
});

describe("a file with no definition", () => {
  it.each([
    ["package.json", `{\n  "name": "orders",\n  "version": "1.0.0"\n}\n`],
    ["config.yaml", `region: eu-west-1\nstage: dev\n`],
    ["list.json", `[1, 2, 3]\n`],
  ])("%s is ASLC403 saying what aslc reads", async (name, text) => {
    const { sources, diagnostics, file } = await readFixture({ [name]: text });
    expect(sources).toEqual([]);
    expect(diagnostics).toMatchObject([{ code: "ASLC403", site: { file, line: 1, column: 1 } }]);
    expect(diagnostics[0]!.message).toMatch(/StartAt and States.*SAM or CloudFormation.*serverless\.yml.*Terraform/);
  });

  it("that does not exist is ASLC400", async () => {
    const { diagnostics } = await readFixture({ "a.json": "{}" }, "missing.asl.json");
    expect(diagnostics).toMatchObject([{ code: "ASLC400", site: { line: 1, column: 1 } }]);
    expect(diagnostics[0]!.message).toMatch(/missing\.asl\.json: there is no such file/);
  });
});

describe("YAML anchors and aliases", () => {
  it("are followed, and a << key merges the mapping it names, its own keys first", async () => {
    const text = `StartAt: A\nStates:\n  A: &pass\n    Type: Pass\n    Next: B\n  B:\n    <<: *pass\n    Next: C\n  C:\n    <<: [*pass]\n    End: true\n`;
    const { sources, diagnostics } = await readFixture({ "merge.asl.yaml": text });
    expect(diagnostics).toEqual([]);
    expect(sources[0]!.definition).toEqual({
      StartAt: "A",
      States: { A: { Type: "Pass", Next: "B" }, B: { Type: "Pass", Next: "C" }, C: { Type: "Pass", Next: "B", End: true } },
    });
  });

  it("that name the node they are in are ASLC402, not a crash", async () => {
    const { sources, diagnostics } = await readFixture({ "loop.asl.yaml": `StartAt: A\nStates: &states\n  A:\n    Type: Pass\n    Loop: *states\n` });
    expect(sources).toEqual([]);
    expect(diagnostics).toMatchObject([{ code: "ASLC402", site: { line: 5, column: 11 } }]);
    expect(diagnostics[0]!.message).toMatch(/alias inside the node it names/);
  });

  it("that multiply past a million values are ASLC402", async () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 8; i++) levels.push(`${"b".repeat(i)}: &${"b".repeat(i)} [${Array(10).fill(i === 1 ? "*a" : `*${"b".repeat(i - 1)}`).join(", ")}]`);
    const { diagnostics } = await readFixture({ "bomb.asl.yaml": `StartAt: A\nStates: {}\n${levels.join("\n")}\n` });
    expect(diagnostics).toMatchObject([{ code: "ASLC402" }]);
    expect(diagnostics[0]!.message).toMatch(/over 1000000 values/);
  });
});
