/**
 * State machines in SAM and CloudFormation templates: Definition, DefinitionString (text, Fn::Sub,
 * Fn::Join), DefinitionUri and DefinitionS3Location; a node inside a DefinitionString is placed
 * at its line and column in the template, through escapes and block scalars.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { at, readFixture } from "./sources-support.ts";

const MACHINE = { StartAt: "Charge", States: { Charge: { Type: "Task", Resource: "${ChargeFunctionArn}", End: true } } };

const SAM = `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Resources:
  ChargeFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: charge.handler
  Inline:
    Type: AWS::Serverless::StateMachine
    Properties:
      Definition:
        StartAt: Charge
        States:
          Charge:
            Type: Task
            Resource: !GetAtt ChargeFunction.Arn
            Retry:
              - ErrorEquals: [States.TaskFailed]
                MaxAttempts: 2
            End: true
  FromFile:
    Type: AWS::Serverless::StateMachine
    Properties:
      DefinitionUri: statemachine/charge.asl.json
      DefinitionSubstitutions:
        ChargeFunctionArn: !GetAtt ChargeFunction.Arn
        Table: !Ref OrdersTable
        Stage: prod
`;

const CHARGE_FILE = `{
  "StartAt": "Charge",
  "States": {
    "Charge": { "Type": "Task", "Resource": "\${ChargeFunctionArn}", "End": true }
  }
}
`;

describe("a SAM template", () => {
  it("gives each AWS::Serverless::StateMachine, named by its logical id, short tags read as intrinsics", async () => {
    const { sources, diagnostics, file, dir } = await readFixture({ "template.yaml": SAM, "statemachine/charge.asl.json": CHARGE_FILE });
    expect(diagnostics).toEqual([]);
    expect(sources.map((source) => [source.name, source.format, source.file])).toEqual([
      ["Inline", "sam", file],
      ["FromFile", "sam", join(dir, "statemachine/charge.asl.json")],
    ]);
    expect(sources[0]!.definition).toEqual({
      StartAt: "Charge",
      States: { Charge: { Type: "Task", Resource: { "Fn::GetAtt": ["ChargeFunction", "Arn"] }, Retry: [{ ErrorEquals: ["States.TaskFailed"], MaxAttempts: 2 }], End: true } },
    });
    expect(sources[0]!.substitutions).toBeUndefined();
    expect(sources[1]!.definition).toEqual(MACHINE);
    expect(sources[1]!.substitutions).toEqual({ ChargeFunctionArn: { "Fn::GetAtt": ["ChargeFunction", "Arn"] }, Table: { Ref: "OrdersTable" }, Stage: "prod" });
  });

  it("places an inline definition's nodes in the template, and a DefinitionUri's in the file it names", async () => {
    const { sources, file, dir } = await readFixture({ "template.yaml": SAM, "statemachine/charge.asl.json": CHARGE_FILE });
    expect(sources[0]!.siteOf(["States", "Charge", "Retry", 0, "MaxAttempts"])).toEqual({ file, line: 19, column: 17 });
    expect(sources[0]!.siteOf(["States", "Charge", "Retry", 0, "ErrorEquals", 0])).toEqual({ file, ...at(SAM, "States.TaskFailed") });
    expect(sources[0]!.siteOf([])).toEqual({ file, line: 12, column: 9 });
    expect(sources[1]!.siteOf(["States", "Charge", "End"])).toEqual({ file: join(dir, "statemachine/charge.asl.json"), line: 4, column: 69 });
  });

  it("with a DefinitionUri file that does not exist is ASLC400 at DefinitionUri", async () => {
    const { sources, diagnostics, file } = await readFixture({ "template.yaml": SAM });
    expect(sources.map((source) => source.name)).toEqual(["Inline"]);
    expect(diagnostics).toMatchObject([{ code: "ASLC400", workflow: "FromFile", site: { file, ...at(SAM, "DefinitionUri") } }]);
  });

  it.each([
    ["an S3 URI", "DefinitionUri: s3://artifacts/charge.asl.json", /s3:\/\/artifacts\/charge\.asl\.json/],
    ["an S3 object", "DefinitionUri:\n        Bucket: artifacts\n        Key: charge.asl.json", /s3:\/\/artifacts\/charge\.asl\.json/],
  ])("with a DefinitionUri of %s is ASLC404: remote", async (_, field, message) => {
    const template = SAM.replace("DefinitionUri: statemachine/charge.asl.json", field);
    const { diagnostics, file } = await readFixture({ "template.yaml": template });
    expect(diagnostics).toMatchObject([{ code: "ASLC404", workflow: "FromFile", site: { file, ...at(template, "DefinitionUri") } }]);
    expect(diagnostics[0]!.message).toMatch(message);
    expect(diagnostics[0]!.message).toMatch(/local file/);
  });

  it("with a DefinitionUri written as an intrinsic is ASLC405 naming it", async () => {
    const template = SAM.replace("DefinitionUri: statemachine/charge.asl.json", 'DefinitionUri: !Sub "machines/${Stage}.json"');
    const { diagnostics, file } = await readFixture({ "template.yaml": template });
    expect(diagnostics).toMatchObject([{ code: "ASLC405", workflow: "FromFile", site: { file, ...at(template, "DefinitionUri") } }]);
    expect(diagnostics[0]!.message).toMatch(/Fn::Sub.*local path/);
  });

  it("with a state machine that gives no definition is ASLC403 at its logical id", async () => {
    const template = `Resources:\n  Empty:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      Type: EXPRESS\n`;
    const { diagnostics, file } = await readFixture({ "template.yaml": template });
    expect(diagnostics).toMatchObject([{ code: "ASLC403", workflow: "Empty", site: { file, line: 2, column: 3 } }]);
    expect(diagnostics[0]!.message).toMatch(/Definition or DefinitionUri/);
  });

  it("without a state machine is ASLC403", async () => {
    const { diagnostics } = await readFixture({ "template.yaml": `Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n` });
    expect(diagnostics).toMatchObject([{ code: "ASLC403" }]);
    expect(diagnostics[0]!.message).toMatch(/AWS::StepFunctions::StateMachine/);
  });
});

const SUB_BLOCK = `Resources:
  Orders:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      RoleArn: !GetAtt Role.Arn
      DefinitionString: !Sub |
        {
          "StartAt": "Charge",
          "States": {
            "Charge": { "Type": "Task", "Resource": "\${ChargeFunction.Arn}", "End": true }
          }
        }
      DefinitionSubstitutions:
        Unused: x
`;

const SUB_LONG = `Resources:
  Orders:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      DefinitionString:
        Fn::Sub:
          - >-
            {"StartAt": "Charge",
            "States": {"Charge": {"Type": "Task", "Resource": "\${Arn}", "End": true}}}
          - Arn: !GetAtt ChargeFunction.Arn
`;

const JOIN = `Resources:
  Orders:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      DefinitionString: !Join
        - ""
        - - '{"StartAt": "Charge", "States": {"Charge": {"Type": "Task", "Resource": "'
          - !GetAtt [ChargeFunction, Arn]
          - '", "Parameters": {"Table": "'
          - Ref: OrdersTable
          - '"}, "End": true}}}'
`;

const JSON_TEMPLATE = `{
  "Resources": {
    "Orders": {
      "Type": "AWS::StepFunctions::StateMachine",
      "Properties": {
        "DefinitionString": "{\\n  \\"StartAt\\": \\"Wait\\",\\n  \\"States\\": {\\"Wait\\": {\\"Type\\": \\"Wait\\", \\"Seconds\\": 5, \\"End\\": true}}}"
      }
    },
    "Joined": {
      "Type": "AWS::StepFunctions::StateMachine",
      "Properties": {
        "DefinitionString": { "Fn::Join": ["\\n", ["{\\"StartAt\\": \\"P\\",", "\\"States\\": {\\"P\\": {\\"Type\\": \\"Pass\\", \\"End\\": true}}}"]] }
      }
    }
  }
}
`;

describe("a CloudFormation template's DefinitionString", () => {
  it("in a !Sub block scalar is read as JSON, placeholders kept, each node placed in the block", async () => {
    const { sources, diagnostics, file } = await readFixture({ "template.yaml": SUB_BLOCK });
    expect(diagnostics).toEqual([]);
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({ name: "Orders", format: "cloudformation", file, substitutions: { Unused: "x" } });
    expect(sources[0]!.definition).toEqual({ StartAt: "Charge", States: { Charge: { Type: "Task", Resource: "${ChargeFunction.Arn}", End: true } } });
    expect(sources[0]!.siteOf(["States", "Charge", "Resource"])).toEqual({ file, line: 10, column: 41 });
    expect(sources[0]!.siteOf(["States", "Charge", "End"])).toEqual({ file, ...at(SUB_BLOCK, `"End"`) });
    expect(sources[0]!.siteOf(["StartAt"])).toEqual({ file, line: 8, column: 11 });
  });

  it("in Fn::Sub [text, variables] gives the variables as substitutions, nodes placed in a folded scalar", async () => {
    const { sources, diagnostics, file } = await readFixture({ "template.yaml": SUB_LONG });
    expect(diagnostics).toEqual([]);
    expect(sources[0]!.definition).toEqual({ StartAt: "Charge", States: { Charge: { Type: "Task", Resource: "${Arn}", End: true } } });
    expect(sources[0]!.substitutions).toEqual({ Arn: { "Fn::GetAtt": ["ChargeFunction", "Arn"] } });
    expect(sources[0]!.siteOf(["States", "Charge", "Resource"])).toEqual({ file, ...at(SUB_LONG, `"Resource"`) });
  });

  it("in Fn::Join joins its parts, a Ref and a GetAtt written as ${…}, each node placed in its part", async () => {
    const { sources, diagnostics, file } = await readFixture({ "template.yaml": JOIN });
    expect(diagnostics).toEqual([]);
    expect(sources[0]!.definition).toEqual({
      StartAt: "Charge",
      States: { Charge: { Type: "Task", Resource: "${ChargeFunction.Arn}", Parameters: { Table: "${OrdersTable}" }, End: true } },
    });
    expect(sources[0]!.siteOf(["States", "Charge", "Resource"])).toEqual({ file, line: 7, column: 74 });
    expect(sources[0]!.siteOf(["States", "Charge", "Parameters", "Table"])).toEqual({ file, ...at(JOIN, `"Table"`) });
    expect(sources[0]!.siteOf(["States", "Charge", "End"])).toEqual({ file, line: 11, column: 18 });
  });

  it("in a JSON template is placed through the string's escapes", async () => {
    const { sources, diagnostics, file } = await readFixture({ "template.json": JSON_TEMPLATE });
    expect(diagnostics).toEqual([]);
    expect(sources.map((source) => source.name)).toEqual(["Orders", "Joined"]);
    expect(sources[0]!.definition).toEqual({ StartAt: "Wait", States: { Wait: { Type: "Wait", Seconds: 5, End: true } } });
    expect(sources[0]!.siteOf(["States", "Wait", "Seconds"])).toEqual({ file, ...at(JSON_TEMPLATE, `\\"Seconds\\"`) });
    expect(sources[0]!.siteOf(["StartAt"])).toEqual({ file, ...at(JSON_TEMPLATE, `\\"StartAt\\"`) });
    expect(sources[1]!.definition).toEqual({ StartAt: "P", States: { P: { Type: "Pass", End: true } } });
    expect(sources[1]!.siteOf(["States", "P", "Type"])).toEqual({ file, ...at(JSON_TEMPLATE, `\\"Type\\": \\"Pass`) });
  });

  it("with Windows line ends is placed on the same lines and columns", async () => {
    const template = SUB_BLOCK.replace(/\n/g, "\r\n");
    const { sources, diagnostics, file } = await readFixture({ "template.yaml": template });
    expect(diagnostics).toEqual([]);
    expect(sources[0]!.siteOf(["States", "Charge", "Resource"])).toEqual({ file, line: 10, column: 41 });
  });

  it.each([
    ["double-quoted", `"{\\"StartAt\\": \\"W\\",\n        \\"States\\": {\\"W\\": {\\"Type\\": \\"Wait\\", \\"Seconds\\": 1, \\"End\\": true}}}"`, `\\"`],
    ["single-quoted", `'{"StartAt": "W",\n        "States": {"W": {"Type": "Wait", "Seconds": 1, "End": true}}}'`, `"`],
  ])("written as a %s YAML string over two lines is placed on the second, a key at its opening quote", async (_, written, quote) => {
    const template = `Resources:\n  Orders:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      DefinitionString: !Sub ${written}\n`;
    const { sources, diagnostics, file } = await readFixture({ "template.yaml": template });
    expect(diagnostics).toEqual([]);
    expect(sources[0]!.definition).toEqual({ StartAt: "W", States: { W: { Type: "Wait", Seconds: 1, End: true } } });
    expect(sources[0]!.siteOf(["States", "W", "Seconds"])).toEqual({ file, ...at(template, `${quote}Seconds`) });
    expect(sources[0]!.siteOf(["StartAt"])).toEqual({ file, ...at(template, `${quote}StartAt`) });
  });

  it("in a JSON template with a key written twice is ASLC402 at the second", async () => {
    const template = `{\n  "Resources": {\n    "Orders": { "Type": "AWS::StepFunctions::StateMachine" },\n    "Orders": { "Type": "AWS::StepFunctions::StateMachine" }\n  }\n}\n`;
    const { sources, diagnostics, file } = await readFixture({ "template.json": template });
    expect(sources).toEqual([]);
    expect(diagnostics).toMatchObject([{ code: "ASLC402", site: { file, line: 4, column: 5 } }]);
    expect(diagnostics[0]!.message).toMatch(/^The template cannot be read: .*unique/);
  });

  it("that is not JSON is ASLC401 at the template's line and column", async () => {
    const template = SUB_BLOCK.replace(`"End": true }`, `"End": true, }`);
    const { sources, diagnostics, file } = await readFixture({ "template.yaml": template });
    expect(sources).toEqual([]);
    expect(diagnostics).toMatchObject([{ code: "ASLC401", workflow: "Orders", site: { file, line: 10, column: 91 } }]);
    expect(diagnostics[0]!.message).toMatch(/^DefinitionString is not JSON: a trailing comma/);
  });

  it("written with another intrinsic is ASLC405 naming it", async () => {
    const template = `Resources:\n  Orders:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      DefinitionString: !If [IsProd, '{}', '{}']\n`;
    const { diagnostics, file } = await readFixture({ "template.yaml": template });
    expect(diagnostics).toMatchObject([{ code: "ASLC405", site: { file, line: 5 } }]);
    expect(diagnostics[0]!.message).toMatch(/Fn::If/);
  });

  it("joining a part aslc cannot write as text is ASLC405 at the part", async () => {
    const template = JOIN.replace("Ref: OrdersTable", "Fn::ImportValue: SharedTable");
    const { diagnostics, file } = await readFixture({ "template.yaml": template });
    expect(diagnostics).toMatchObject([{ code: "ASLC405", site: { file, ...at(template, "Fn::ImportValue") } }]);
    expect(diagnostics[0]!.message).toMatch(/Fn::ImportValue/);
  });
});

describe("a CloudFormation template's DefinitionS3Location", () => {
  it("given as a local path (as `aws cloudformation package` takes it) reads that file, YAML included", async () => {
    const yaml = `StartAt: Wait\nStates:\n  Wait:\n    Type: Wait\n    Seconds: 5\n    End: true\n`;
    const template = `Resources:\n  Orders:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      DefinitionS3Location: ./orders.asl.yaml\n`;
    const { sources, diagnostics, dir } = await readFixture({ "template.yaml": template, "orders.asl.yaml": yaml });
    expect(diagnostics).toEqual([]);
    expect(sources[0]).toMatchObject({ name: "Orders", format: "cloudformation", file: join(dir, "orders.asl.yaml") });
    expect(sources[0]!.definition).toEqual({ StartAt: "Wait", States: { Wait: { Type: "Wait", Seconds: 5, End: true } } });
    expect(sources[0]!.siteOf(["States", "Wait", "Seconds"])).toEqual({ file: join(dir, "orders.asl.yaml"), line: 5, column: 5 });
  });

  it("given as a bucket and key is ASLC404", async () => {
    const template = `Resources:\n  Orders:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      DefinitionS3Location:\n        Bucket: artifacts\n        Key: orders.json\n`;
    const { diagnostics, file } = await readFixture({ "template.yaml": template });
    expect(diagnostics).toMatchObject([{ code: "ASLC404", site: { file, line: 5, column: 7 } }]);
    expect(diagnostics[0]!.message).toMatch(/s3:\/\/artifacts\/orders\.json/);
  });
});
