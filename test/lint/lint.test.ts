/**
 * `aslc lint`: existing definitions checked by the compiler's checks, each problem at the line and
 * column of its JSON or YAML node; DefinitionSubstitutions against placeholders; the files a
 * folder is searched for; and the command's output formats and exit codes.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "@aslc/compiler";
import { aslc } from "../support/cli.ts";
import { lintFolder, marked } from "./lint-support.ts";

/** One definition with a problem of each kind that names its field, marked where it must be reported. */
const JSON_DEFINITION = marked(`{
  "StartAt": "Check",
  "States": {
    "Check": {
      "Type": "Choice",
      "Choices": [{ "Variable": "$.n", "NumericGreaterThan": 1, «ASLC102»"Next": "Missing" }],
      "Default": "Work"
    },
    "Work": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Parameters": { "FunctionName": "f", «ASLC122»"id.$": "order.id" },
      «ASLC112»"TimeoutSeconds": 0,
      "Retry": [{ "ErrorEquals": ["A"] }, { "ErrorEquals": ["B"], «ASLC109»"BackoffRate": 0.5 }],
      "Next": "Sum"
    },
    "Sum": { "Type": "Pass", "QueryLanguage": "JSONata", «ASLC138»"Output": "{% $states.input. %}", "Next": "Done" },
    "Done": { "Type": "Pass", "QueryLanguage": "JSONata", "Output": { «ASLC146»"total": "{% $nope %}" }, "End": true }
  }
}
`);

const YAML_DEFINITION = marked(`StartAt: Check
States:
  Check:
    Type: Choice
    Choices:
      - Variable: $.n
        NumericGreaterThan: 1
        «ASLC102»Next: Missing
    Default: Work
  Work:
    Type: Task
    Resource: arn:aws:states:::lambda:invoke
    Parameters:
      FunctionName: f
      «ASLC122»id.$: order.id
    «ASLC112»TimeoutSeconds: 0
    Retry:
      - ErrorEquals: [A]
      - ErrorEquals: [B]
        «ASLC109»BackoffRate: 0.5
    Next: Sum
  Sum:
    Type: Pass
    QueryLanguage: JSONata
    «ASLC138»Output: "{% $states.input. %}"
    Next: Done
  Done:
    Type: Pass
    QueryLanguage: JSONata
    Output:
      «ASLC146»total: "{% $nope %}"
    End: true
`);

const sites = (diagnostics: readonly { code: string; site?: { line: number; column: number } }[]) =>
  new Map(diagnostics.map((d) => [d.code, { line: d.site?.line, column: d.site?.column }]));

describe("aslc lint: problems at their JSON and YAML nodes", () => {
  for (const [format, file, definition] of [
    ["JSON", "orders.asl.json", JSON_DEFINITION],
    ["YAML", "orders.asl.yaml", YAML_DEFINITION],
  ] as const) {
    it(`points each check at the field it names in ${format}: a Choice rule's Next, a template key, a range, a retrier, a JSONata expression, a variable read`, async () => {
      const dir = lintFolder({ [file]: definition.text });
      const result = await lint([file], { cwd: dir });
      expect(result.diagnostics.every((d) => d.site?.file === join(dir, file))).toBe(true);
      expect(sites(result.diagnostics)).toEqual(new Map([...definition.at].map(([code, at]) => [code, at])));
      expect(result).toMatchObject({ definitions: 1, incomplete: false });
    });
  }

  it("refuses text where a retrier's number goes, a path included, as Step Functions does when the machine is created (ASLC109); a placeholder passes", async () => {
    // LocalStack's assign tests keep this case among those that "raise exceptions on creation" on AWS.
    const definition = marked(`{
  "StartAt": "Call",
  "States": {
    "Call": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Retry": [{ "ErrorEquals": ["States.ALL"], «interval»"IntervalSeconds": "$.interval", "MaxAttempts": "\${Attempts}" }],
      "End": true
    }
  }
}
`);
    const dir = lintFolder({ "call.asl.json": definition.text });
    const { diagnostics } = await lint(["call.asl.json"], { cwd: dir });
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([["ASLC109", "error"]]);
    expect(diagnostics[0]).toMatchObject({ state: "Call", site: definition.at.get("interval") });
    expect(diagnostics[0]!.message).toContain("Retry[0].IntervalSeconds is the text '$.interval'; it must be a number");
  });

  it("points at StartAt when it names no state, in a Parallel branch too", async () => {
    const definition = marked(`{
  "StartAt": "Fan",
  "States": {
    "Fan": {
      "Type": "Parallel",
      "Branches": [{ «branch»"StartAt": "Nowhere", "States": { "Only": { "Type": "Succeed" } } }],
      "End": true
    }
  }
}
`);
    const dir = lintFolder({ "fan.asl.json": definition.text });
    const { diagnostics } = await lint(["fan.asl.json"], { cwd: dir });
    const startAt = diagnostics.find((d) => d.code === "ASLC102");
    expect(startAt).toMatchObject({ state: "Fan", site: definition.at.get("branch") });
    expect(startAt?.message).toContain("StartAt names 'Nowhere'");
  });

  it("finds no problem in a definition the compiler accepts", async () => {
    const dir = lintFolder({ "ok.asl.json": JSON.stringify({ StartAt: "A", States: { A: { Type: "Pass", End: true } } }) });
    expect(await lint(["ok.asl.json"], { cwd: dir })).toMatchObject({ diagnostics: [], definitions: 1, incomplete: false });
  });
});

describe("aslc lint: DefinitionSubstitutions", () => {
  const template = marked(`AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Resources:
  Orders:
    Type: AWS::Serverless::StateMachine
    Properties:
      Definition:
        StartAt: Charge
        States:
          Charge:
            Type: Task
            «used»Resource: \${ChargeFunctionArn}
            End: true
      DefinitionSubstitutions:
        «unused»ChargeFunctonArn: !GetAtt ChargeFunction.Arn
`);

  it("reports a placeholder nothing substitutes (ASLC420, error) and a substitution nothing uses (ASLC421, warning)", async () => {
    const dir = lintFolder({ "template.yaml": template.text });
    const { diagnostics } = await lint(["template.yaml"], { cwd: dir });
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ["ASLC420", "error"],
      ["ASLC421", "warning"],
    ]);
    expect(diagnostics[0]!.site).toMatchObject(template.at.get("used")!);
    expect(diagnostics[0]!.message).toContain("${ChargeFunctionArn}");
    expect(diagnostics[1]!.message).toContain("ChargeFunctonArn");
    // The unused one points at its own name under DefinitionSubstitutions.
    expect(diagnostics[1]!.site).toMatchObject(template.at.get("unused")!);
  });

  it("needs nothing for placeholders that match, nor for CloudFormation's pseudo parameters", async () => {
    const dir = lintFolder({
      "template.yaml": template.text.replace("ChargeFunctonArn:", "ChargeFunctionArn:").replace("End: true", "End: true\n            Comment: in ${AWS::Region}"),
    });
    expect((await lint(["template.yaml"], { cwd: dir })).diagnostics).toEqual([]);
  });
});

describe("aslc lint: which files", () => {
  it("reads definitions and templates in folders, skipping node_modules, dot-folders and JSON that holds none", async () => {
    const definition = JSON.stringify({ StartAt: "A", States: { A: { Type: "Pass", End: true } } });
    const dir = lintFolder({
      "flows/a.asl.json": definition,
      "flows/b.json": definition,
      "flows/package.json": JSON.stringify({ name: "x" }),
      "flows/node_modules/c.asl.json": "{",
      "flows/.cache/d.asl.json": "{",
      "infra/main.tf": `resource "aws_sfn_state_machine" "m" {\n  definition = <<EOF\n${definition}\nEOF\n}\n`,
      "infra/other.tf": `resource "aws_s3_bucket" "b" {}\n`,
    });
    const result = await lint(["."], { cwd: dir });
    expect(result.files.map((f) => f.slice(dir.length + 1))).toEqual(["flows/a.asl.json", "flows/b.json", "infra/main.tf"]);
    expect(result).toMatchObject({ definitions: 3, diagnostics: [], incomplete: false });
  });

  it("reads a file given by name whatever it holds, and says when it holds no definition", async () => {
    const dir = lintFolder({ "package.json": JSON.stringify({ name: "x" }) });
    const result = await lint(["package.json"], { cwd: dir });
    expect(result.diagnostics.map((d) => d.code)).toEqual(["ASLC403"]);
  });
});

describe("aslc lint: the command", () => {
  const bad = JSON.stringify({ StartAt: "A", States: { A: { Type: "Pass", Next: "B" } } }, null, 2);
  const good = JSON.stringify({ StartAt: "A", States: { A: { Type: "Pass", End: true } } });

  it("prints file:line:col lines and a summary, and exits with 1 when it finds errors", () => {
    const dir = lintFolder({ "flows/bad.asl.json": bad, "flows/good.asl.json": good });
    const run = aslc(dir, "lint", "flows");
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("flows/bad.asl.json:6:7 - error ASLC102: state 'A': Next names 'B'");
    expect(run.stdout).toMatch(/aslc lint: 2 errors in 1 of 2 files \(2 definitions\)/);
  });

  it("exits with 0 when there is no error", () => {
    const dir = lintFolder({ "good.asl.json": good });
    const run = aslc(dir, "lint");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/aslc lint: 0 errors in 0 of 1 file \(1 definition\)/);
  });

  it("exits with 2 when it cannot run: a path that is not there, nothing to lint, a bad argument", () => {
    const dir = lintFolder({ "good.asl.json": good, "empty/readme.md": "# none" });
    const missing = aslc(dir, "lint", "nope.asl.json");
    expect(missing.status).toBe(2);
    expect(missing.stdout).toContain("error ASLC422: nope.asl.json: no such file or folder");
    const nothing = aslc(dir, "lint", "empty");
    expect(nothing.status).toBe(2);
    expect(nothing.stdout).toContain("error ASLC423");
    expect(aslc(dir, "lint", "--format", "xml").status).toBe(2);
    expect(aslc(dir, "lint", "--bogus").status).toBe(2);
    expect(aslc(dir, "build", "--format", "sarif").status).toBe(1);
  });

  it("fails on warnings only with --warnings-as-errors", () => {
    const template = `Resources:\n  M:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      Definition: ${good}\n      DefinitionSubstitutions:\n        Unused: x\n`;
    const dir = lintFolder({ "template.yaml": template });
    const plain = aslc(dir, "lint", "template.yaml");
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain("warning ASLC421");
    expect(aslc(dir, "lint", "template.yaml", "--warnings-as-errors").status).toBe(1);
  });

  it("--json prints each diagnostic as diagnosticJson does, with its rule's title", () => {
    const dir = lintFolder({ "bad.asl.json": bad });
    const run = aslc(dir, "lint", "--json");
    expect(run.status).toBe(1);
    const output = JSON.parse(run.stdout);
    expect(output).toMatchObject({ files: 1, definitions: 1, errors: 2, warnings: 0 });
    expect(output.diagnostics[0]).toEqual({
      code: "ASLC102",
      title: "a transition to a state that does not exist in its scope",
      severity: "error",
      message: "state 'A': Next names 'B', but workflow 'bad' has no such state: fix the name or add the state",
      workflow: "bad",
      state: "A",
      file: "bad.asl.json",
      line: 6,
      column: 7,
    });
  });

  it("--format sarif writes SARIF 2.1.0 that the schema accepts, with rules from the registry and relative locations", () => {
    const dir = lintFolder({ "flows/bad.asl.json": bad });
    const run = aslc(dir, "lint", "--format", "sarif");
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout);
    const require = createRequire(import.meta.url);
    const schemaFile = join(require.resolve("@microsoft/jest-sarif/package.json"), "..", "lib", "schemas", "sarif-2.1.0-rtm.5.json");
    // The schema is JSON Schema draft-04, which the ajv 6 that jest-sarif depends on reads with its draft-04 meta-schema.
    const ajvPath = require.resolve("ajv", { paths: [require.resolve("@microsoft/jest-sarif/package.json")] });
    const Ajv = require(ajvPath) as new (options: object) => { addMetaSchema(schema: object): void; validate(schema: object, data: unknown): boolean; errorsText(): string };
    const ajv = new Ajv({ allErrors: true, schemaId: "auto" });
    ajv.addMetaSchema(require(join(ajvPath, "..", "refs", "json-schema-draft-04.json")));
    const valid = ajv.validate(JSON.parse(readFileSync(schemaFile, "utf8")), log);
    expect(valid, ajv.errorsText()).toBe(true);
    expect(log.version).toBe("2.1.0");
    const run0 = log.runs[0];
    expect(run0.tool.driver.name).toBe("aslc");
    expect(run0.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(["ASLC102", "ASLC104"]);
    expect(run0.tool.driver.rules[0]).toMatchObject({ helpUri: expect.stringMatching(/^https:\/\//), fullDescription: { text: expect.stringContaining("Next, Default") } });
    expect(run0.results[0]).toMatchObject({
      ruleId: "ASLC102",
      ruleIndex: 0,
      level: "error",
      message: { text: expect.stringContaining("Next names 'B'") },
      locations: [{ physicalLocation: { artifactLocation: { uri: "flows/bad.asl.json" }, region: { startLine: 6, startColumn: 7 } } }],
    });
  });
});
