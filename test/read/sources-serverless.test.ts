/** State machines in serverless.yml (serverless-step-functions): inline, ${file(…)}, and CloudFormation resources. */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { at, readFixture } from "./sources-support.ts";

const SERVERLESS = `service: orders
provider:
  name: aws
  runtime: nodejs20.x
functions:
  charge:
    handler: charge.handler
stepFunctions:
  stateMachines:
    checkout:
      name: checkout-\${opt:stage}
      definition:
        Comment: \${self:service} checkout
        StartAt: Charge
        States:
          Charge:
            Type: Task
            Resource:
              Fn::GetAtt: [charge, Arn]
            Next: Done
          Done:
            Type: Succeed
    refunds:
      definition: \${file(./refunds.asl.json)}
resources:
  Resources:
    Audit:
      Type: AWS::StepFunctions::StateMachine
      Properties:
        Definition:
          StartAt: Log
          States:
            Log: { Type: Pass, End: true }
`;

const REFUNDS = `{ "StartAt": "Refund", "States": { "Refund": { "Type": "Pass", "End": true } } }\n`;

describe("serverless.yml", () => {
  it("gives each stepFunctions.stateMachines entry, named by its name or its key, variables kept as text", async () => {
    const { sources, diagnostics, file, dir } = await readFixture({ "serverless.yml": SERVERLESS, "refunds.asl.json": REFUNDS });
    expect(diagnostics).toEqual([]);
    expect(sources.map((source) => [source.name, source.format, source.file])).toEqual([
      ["checkout-${opt:stage}", "serverless", file],
      ["refunds", "serverless", join(dir, "refunds.asl.json")],
      ["Audit", "cloudformation", file],
    ]);
    expect(sources[0]!.definition).toEqual({
      Comment: "${self:service} checkout",
      StartAt: "Charge",
      States: { Charge: { Type: "Task", Resource: { "Fn::GetAtt": ["charge", "Arn"] }, Next: "Done" }, Done: { Type: "Succeed" } },
    });
    expect(sources[1]!.definition).toEqual(JSON.parse(REFUNDS));
    expect(sources[2]!.definition).toEqual({ StartAt: "Log", States: { Log: { Type: "Pass", End: true } } });
  });

  it("places each node in serverless.yml, or in the file ${file(…)} names", async () => {
    const { sources, file, dir } = await readFixture({ "serverless.yml": SERVERLESS, "refunds.asl.json": REFUNDS });
    expect(sources[0]!.siteOf(["States", "Charge", "Resource", "Fn::GetAtt", 0])).toEqual({ file, line: 19, column: 28 });
    expect(sources[0]!.siteOf(["States", "Done", "Type"])).toEqual({ file, line: 22, column: 13 });
    expect(sources[1]!.siteOf(["States", "Refund"])).toEqual({ file: join(dir, "refunds.asl.json"), ...at(REFUNDS, `"Refund": {`) });
    expect(sources[2]!.siteOf(["States", "Log", "End"])).toEqual({ file, ...at(SERVERLESS, "End: true") });
  });

  it("with a machine without definition is ASLC403 at its key, and one that names a missing file ASLC400", async () => {
    const text = SERVERLESS.replace(/ {6}name: checkout[^\n]*\n {6}definition:\n(?: {8}[^\n]*\n)+/, "      type: EXPRESS\n");
    const { sources, diagnostics, file } = await readFixture({ "serverless.yml": text });
    expect(sources.map((source) => source.name)).toEqual(["Audit"]);
    expect(diagnostics).toMatchObject([
      { code: "ASLC403", workflow: "checkout", site: { file, ...at(text, "checkout:") } },
      { code: "ASLC400", workflow: "refunds", site: { file, ...at(text, "definition:") } },
    ]);
  });
});
