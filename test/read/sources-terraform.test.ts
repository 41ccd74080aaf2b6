/**
 * State machines in Terraform: heredocs (any marker, `<<-` indented) holding JSON, jsonencode() of a
 * literal HCL object, file() and templatefile() of a local file; anything else is named in a diagnostic.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { at, readFixture } from "./sources-support.ts";

const TERRAFORM = `terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

# The checkout machine
resource "aws_sfn_state_machine" "checkout" {
  name     = "checkout-\${var.stage}"
  role_arn = aws_iam_role.sfn.arn

  definition = <<EOF
{
  "StartAt": "Charge",
  "States": {
    "Charge": {
      "Type": "Task",
      "Resource": "\${aws_lambda_function.charge.arn}",
      "End": true
    }
  }
}
EOF

  logging_configuration {
    level = "ERROR"
  }
}

resource "aws_sfn_state_machine" "indented" {
  role_arn   = aws_iam_role.sfn.arn
  definition = <<-DEFINITION
    {
      "StartAt": "Wait",
      "States": { "Wait": { "Type": "Wait", "Seconds": 10, "End": true } }
    }
  DEFINITION
}

resource "aws_sfn_state_machine" "encoded" {
  role_arn   = aws_iam_role.sfn.arn
  definition = jsonencode({
    Comment = "Encoded"
    StartAt = "Charge"
    States = {
      "Charge" = {
        Type     = "Task"
        Resource = aws_lambda_function.charge.arn
        Parameters = {
          "FunctionName.$" : "$.fn",
          count = 3, ratio = -0.5
          enabled = true
          missing = null
          tags = ["a", "b",]
          region = var.regions[0]
          text = "line\\n\\"quoted\\" \${var.stage}"
        }
        Retry = [
          {
            ErrorEquals = ["States.ALL"]
            MaxAttempts = 2
          }
        ]
        End = true
      }
    }
  })
}

resource "aws_iam_role" "sfn" {
  name               = "sfn"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}
`;

describe("a Terraform file", () => {
  it("gives each aws_sfn_state_machine, named by its resource name; interpolations and references kept as ${…} text", async () => {
    const { sources, diagnostics, file } = await readFixture({ "main.tf": TERRAFORM });
    expect(diagnostics).toEqual([]);
    expect(sources.map((source) => [source.name, source.format, source.file])).toEqual([
      ["checkout", "terraform", file],
      ["indented", "terraform", file],
      ["encoded", "terraform", file],
    ]);
    expect(sources[0]!.definition).toEqual({ StartAt: "Charge", States: { Charge: { Type: "Task", Resource: "${aws_lambda_function.charge.arn}", End: true } } });
    expect(sources[1]!.definition).toEqual({ StartAt: "Wait", States: { Wait: { Type: "Wait", Seconds: 10, End: true } } });
    expect(sources[2]!.definition).toEqual({
      Comment: "Encoded",
      StartAt: "Charge",
      States: {
        Charge: {
          Type: "Task",
          Resource: "${aws_lambda_function.charge.arn}",
          Parameters: {
            "FunctionName.$": "$.fn",
            count: 3,
            ratio: -0.5,
            enabled: true,
            missing: null,
            tags: ["a", "b"],
            region: "${var.regions[0]}",
            text: 'line\n"quoted" ${var.stage}',
          },
          Retry: [{ ErrorEquals: ["States.ALL"], MaxAttempts: 2 }],
          End: true,
        },
      },
    });
  });

  it("places nodes in heredocs (indented ones too) and in jsonencode's object", async () => {
    const { sources, file } = await readFixture({ "main.tf": TERRAFORM });
    expect(sources[0]!.siteOf(["States", "Charge", "Resource"])).toEqual({ file, line: 18, column: 7 });
    expect(sources[1]!.siteOf(["States", "Wait", "Seconds"])).toEqual({ file, line: 35, column: 45 });
    expect(sources[2]!.siteOf(["States", "Charge", "Parameters", "FunctionName.$"])).toEqual({ file, ...at(TERRAFORM, `"FunctionName.$"`) });
    expect(sources[2]!.siteOf(["States", "Charge", "Parameters", "ratio"])).toEqual({ file, ...at(TERRAFORM, "ratio =") });
    expect(sources[2]!.siteOf(["States", "Charge", "Parameters", "tags", 1])).toEqual({ file, ...at(TERRAFORM, `"b"`) });
    expect(sources[2]!.siteOf(["States", "Charge", "Retry", 0, "MaxAttempts"])).toEqual({ file, ...at(TERRAFORM, "MaxAttempts") });
    expect(sources[2]!.siteOf(["States", "Charge"])).toEqual({ file, ...at(TERRAFORM, `"Charge" =`) });
  });

  it("reads file() and templatefile() of a local file, templatefile's variables as substitutions", async () => {
    const definition = `{\n  "StartAt": "Charge",\n  "States": { "Charge": { "Type": "Task", "Resource": "\${charge_arn}", "End": true } }\n}\n`;
    const text = `resource "aws_sfn_state_machine" "plain" {\n  definition = file("\${path.module}/machines/charge.asl.json")\n}\n\nresource "aws_sfn_state_machine" "templated" {\n  definition = templatefile("machines/charge.asl.json", {\n    charge_arn = aws_lambda_function.charge.arn\n  })\n}\n`;
    const { sources, diagnostics, dir } = await readFixture({ "main.tf": text, "machines/charge.asl.json": definition });
    expect(diagnostics).toEqual([]);
    const machine = join(dir, "machines/charge.asl.json");
    expect(sources.map((source) => [source.name, source.file, source.substitutions])).toEqual([
      ["plain", machine, undefined],
      ["templated", machine, { charge_arn: "${aws_lambda_function.charge.arn}" }],
    ]);
    expect(sources[1]!.definition).toEqual(JSON.parse(definition));
    expect(sources[1]!.siteOf(["States", "Charge", "End"])).toEqual({ file: machine, ...at(definition, `"End"`) });
  });

  it.each([
    ["a reference", "local.definition", /local\.definition/],
    ["jsonencode of a reference", "jsonencode(local.definition)", /jsonencode\(local\.definition\)/],
    ["a data source's text", "data.template_file.machine.rendered", /data\.template_file\.machine\.rendered/],
    ["file() of a computed path", `file("\${var.dir}/machine.json")`, /file\(/],
  ])("with a definition that is %s is ASLC405 naming it", async (_, expression, named) => {
    const text = `resource "aws_sfn_state_machine" "machine" {\n  role_arn   = aws_iam_role.sfn.arn\n  definition = ${expression}\n}\n`;
    const { sources, diagnostics, file } = await readFixture({ "main.tf": text });
    expect(sources).toEqual([]);
    expect(diagnostics).toMatchObject([{ code: "ASLC405", workflow: "machine", site: { file, line: 3, column: 16 } }]);
    expect(diagnostics[0]!.message).toMatch(named);
    expect(diagnostics[0]!.message).toMatch(/cannot read without running Terraform; it reads (a heredoc|jsonencode\(\) of a literal object|file\(\) of a local path)/);
  });

  it("with a heredoc that is not JSON is ASLC401 at the file's line and column", async () => {
    const text = TERRAFORM.replace(`"End": true\n    }\n  }\n}\nEOF`, `"End": true,\n    }\n  }\n}\nEOF`);
    const { diagnostics, file } = await readFixture({ "main.tf": text });
    expect(diagnostics).toMatchObject([{ code: "ASLC401", workflow: "checkout", site: { file, line: 20, column: 5 } }]);
  });

  it.each([
    ["an unclosed block", `resource "aws_sfn_state_machine" "m" {\n  definition = jsonencode({ StartAt = "A" })\n`, { line: 3, column: 1 }],
    ["an unclosed heredoc", `resource "aws_sfn_state_machine" "m" {\n  definition = <<EOF\n{}\n`, { line: 2, column: 16 }],
    ["a malformed object", `resource "aws_sfn_state_machine" "m" {\n  definition = jsonencode({ StartAt "A" })\n}\n`, { line: 2, column: 37 }],
  ])("with %s is ASLC406 at its line and column", async (_, text, where) => {
    const { sources, diagnostics, file } = await readFixture({ "main.tf": text });
    expect(sources).toEqual([]);
    expect(diagnostics).toMatchObject([{ code: "ASLC406", site: { file, ...where } }]);
  });

  it("is recognised by its blocks when its name does not say", async () => {
    const { sources, diagnostics } = await readFixture({ "machine.hcl": `resource "aws_sfn_state_machine" "m" {\n  definition = jsonencode({ StartAt = "A", States = {} })\n}\n` });
    expect(diagnostics).toEqual([]);
    expect(sources).toMatchObject([{ name: "m", format: "terraform", definition: { StartAt: "A", States: {} } }]);
  });

  it("without a state machine is ASLC403", async () => {
    const { diagnostics } = await readFixture({ "main.tf": `resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n` });
    expect(diagnostics).toMatchObject([{ code: "ASLC403", site: { line: 1, column: 1 } }]);
    expect(diagnostics[0]!.message).toMatch(/aws_sfn_state_machine/);
  });
});
