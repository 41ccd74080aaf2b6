/**
 * Every code in the registry can be produced: each has an input that makes aslc report it, run
 * as users run it. Most are a project compiled with compile(); problems of the environment are
 * the `aslc` command run in a folder; a few only an IR built by other means can hold
 * (validateWorkflow, which is public); two come only from faults, provoked here by replacing one
 * module of the compiler. A code with no input left is to be removed from the registry.
 */
import { join } from "node:path";
import { chmodSync, mkdirSync } from "node:fs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { buildWorkflow, DIAGNOSTICS, workflow, type DiagnosticCode, type WorkflowIR } from "@aslc/dsl";
import { importWorkflow, lint, validateWorkflow } from "@aslc/compiler";
import { readDefinitionSources } from "../../packages/compiler/src/read/sources/index.ts";
import { readWorkflow } from "@aslc/compiler/internal";
import { z } from "zod";
import { aslc, aslcWith } from "../support/cli.ts";
import { compileCases } from "../support/run-cases.ts";
import { type TempProject } from "../support/temp-project.ts";
import { tempProjects } from "../support/temp-projects.ts";

const HEADER = `import { z } from "zod";
import { workflow, lambda, sns, jsonata } from "@aslc/dsl";
const Input = z.object({ name: z.string(), n: z.number(), items: z.array(z.object({ sku: z.string() })), note: z.string().optional() });
const fn = lambda.function("arn:aws:lambda:us-east-1:123456789012:function:f");
`;
/** A workflow module: the header, then `export default workflow(name)…chain`. */
const module = (chain: string, name = "W") => `${HEADER}export default workflow("${name}", { input: Input })\n${chain};\n`;
/** The same with the types bypassed, as a JavaScript author could write it. */
const untyped = (chain: string, name = "W") => `${HEADER}export default (workflow("${name}", { input: Input }) as any)\n${chain};\n`;
/** A JSONata workflow module, types bypassed. */
const untypedJsonata = (chain: string) => `${HEADER}export default (workflow("W", { input: Input, queryLanguage: "JSONata" }) as any)\n${chain};\n`;
/** A module that does `before` while it loads, then exports a valid workflow. */
const loading = (before: string) => `${HEADER}${before}\nexport default workflow("W", { input: Input }).pass("P");\n`;
const one = (source: string) => ({ files: { "a.workflow.ts": source } });
const valid = module(`  .pass("P")`);

/** What makes aslc report a code. */
type Producer =
  /** A project compiled with compile() (after `prepare`, if given). */
  | { readonly files: Record<string, string>; readonly prepare?: (project: TempProject) => void }
  /** `aslc <cli> --json` run in a project folder, exiting with `status` (2 unless given: a warning leaves it 0). */
  | { readonly cli: readonly string[]; readonly files: Record<string, string>; readonly prepare?: (project: TempProject) => void; readonly unprivileged?: boolean; readonly status?: number }
  /** An IR the DSL's builder cannot make, given to validateWorkflow. */
  | { readonly ir: () => WorkflowIR }
  /** Files a user already has, `read` for their state machine definitions (readDefinitionSources). */
  | { readonly existing: Record<string, string>; readonly read: string }
  /** An ASL definition (JSON text) read into the IR by readWorkflow, as lint and import read one. */
  | { readonly definition: string }
  /** An ASL definition (JSON text) read and then imported as a workflow module (importWorkflow). */
  | { readonly imported: string }
  /** Files linted with lint(), as `aslc lint` lints them. */
  | { readonly lint: Record<string, string> }
  /** A fault: how the test provokes it, and the codes that come out. */
  | { readonly fault: string; readonly provoke: () => Promise<readonly string[]> };

const PRODUCERS: Record<DiagnosticCode, Producer> = {
  ASLC010: one(untyped(`  .parallel("Fan", [(b: any) => b])`)),
  ASLC011: one(untyped(`  .choice("C", (c: any) => c.when(c.isNull("$.note"), (b: any) => b).otherwise((b: any) => b.succeed("S")))`)),
  ASLC012: one(untyped(`  .task("T", { resource: fn, payload: { a: 1 } })`)),
  ASLC013: one(untyped(`  .succeed("S", { assign: { x: 1 } })`)),
  ASLC100: one(untyped(`  .pass("Shared")\n  .parallel("Fan", [(b: any) => b.pass("Shared")])`)),
  ASLC101: one(module(`  .pass("${"x".repeat(81)}")`)),
  ASLC102: one(module(`  .pass("P")\n  .goto("Nowhere")`)),
  ASLC103: { ir: () => withStates(buildWorkflow(workflow("W", { input: z.object({}) }).pass("A").succeed("Done")), [{ type: "Fail", name: "Orphan", error: "E" }]) },
  ASLC104: one(module(`  .pass("Again")\n  .goto("Again")`)),
  ASLC106: one(untyped(`  .task("T", { resource: fn, retry: [{ errorEquals: [] }] })`)),
  ASLC107: one(untyped(`  .task("T", { resource: fn, retry: [{ errorEquals: ["States.Timeouts"] }] })`)),
  ASLC108: one(module(`  .task("T", { resource: fn, retry: [{ errorEquals: ["States.ALL", "Custom"] }] })`)),
  ASLC109: one(untyped(`  .task("T", { resource: fn, retry: [{ errorEquals: ["States.TaskFailed"], backoffRate: 0.5 }] })`)),
  ASLC111: one(untyped(`  .task("T", { resource: fn, timeoutSeconds: 10, timeoutSecondsPath: "$.n" })`)),
  ASLC112: one(module(`  .task("T", { resource: fn, timeoutSeconds: 0 })`)),
  ASLC113: one(module(`  .task("T", { resource: fn, timeoutSeconds: 30, heartbeatSeconds: 60 })`)),
  ASLC114: one(untyped(`  .wait("W", {})`)),
  ASLC115: one(module(`  .wait("W", { timestamp: "2026-03-14t01:59:00Z" })`)),
  ASLC116: one(module(`  .map("M", { itemsPath: "$.items", mode: "DISTRIBUTED", executionType: "STANDARD", toleratedFailurePercentage: 150 }, (i) => i.pass("P"))`)),
  ASLC117: one(module(`  .map("M", { itemsPath: "$.items", mode: "DISTRIBUTED", executionType: "STANDARD", label: "${"L".repeat(41)}" }, (i) => i.pass("P"))`)),
  ASLC118: one(module(`  .map("M", { itemsPath: "$.items", toleratedFailureCount: 2 }, (i) => i.pass("P"))`)),
  // The builder refuses a Choice without rules before the compiler sees it.
  ASLC119: { ir: () => withStates(buildWorkflow(workflow("W", { input: z.object({}) }).pass("A")), [{ type: "Choice", name: "C", choices: [], default: "A" }]) },
  ASLC120: one(untyped(`  .pass("P", { parameters: { "count.$": 3 } })`)),
  ASLC121: one(untyped(`  .pass("P", { parameters: { "x.$": "States.Concat($.name)" } })`)),
  ASLC122: one(untyped(`  .pass("P", { parameters: { "x.$": "name" } })`)),
  ASLC123: one(untyped(`  .pass("P", { parameters: { x: 1, "x.$": "$.n" } })`)),
  ASLC124: one(untyped(`  .task("T", { resource: fn, resultPath: 42 })`)),
  ASLC130: one(untypedJsonata(`  .pass("Old", { queryLanguage: "JSONPath", parameters: { "a.$": "$.name" } })`)),
  ASLC131: one(untypedJsonata(`  .pass("P", { resultPath: "$.x" })`)),
  ASLC132: { ir: () => withVariableRule(buildWorkflow((workflow("J", { input: z.object({ n: z.number() }), queryLanguage: "JSONata" }) as any).choice("Big?", (c: any) => c.when(c.numericGreaterThan("$.n", 1), (b: any) => b.succeed("Yes")).otherwise((b: any) => b.succeed("No"))))) },
  ASLC133: one(untypedJsonata(`  .pass("P", { assign: { "x.$": "$.n" } })`)),
  ASLC134: one(untyped(`  .pass("P", { output: "{% $states.input.n %}" })`)),
  ASLC135: one(untyped(`  .pass("P", { parameters: { "x.$": "{% $states.input.n %}" } })`)),
  ASLC136: one(untypedJsonata(`  .pass("P", { output: "Total: {% $states.input.n %}" })`)),
  ASLC137: one(untypedJsonata(`  .pass("P", { output: "{%  %}" })`)),
  ASLC138: one(untypedJsonata(`  .pass("P", { output: "{% $states.input.n + %}" })`)),
  ASLC139: one(untypedJsonata(`  .pass("P", { output: jsonata("$eval('1 + 1')") })`)),
  ASLC140: one(untypedJsonata(`  .pass("P", { output: "{% States.UUID() %}" })`)),
  ASLC141: one(untypedJsonata(`  .pass("P", { output: "{% $.name %}" })`)),
  ASLC142: one(untypedJsonata(`  .pass("P", { output: "{% $states.result %}" })`)),
  ASLC143: one(untypedJsonata(`  .pass("P", { output: "{% $states.inputs.name %}" })`)),
  ASLC144: one(untypedJsonata(`  .pass("P", { assign: { "1st": 1 } })`)),
  ASLC145: one(untypedJsonata(`  .pass("P", { assign: { states: 1 } })`)),
  ASLC146: one(untypedJsonata(`  .pass("P", { output: jsonata("$count($missing)") })`)),
  ASLC147: one(untypedJsonata(`  .pass("A", { assign: { x: 1 } })\n  .parallel("Par", [(b: any) => b.pass("B", { assign: { x: 2 } })])`)),
  ASLC148: one(untypedJsonata(`  .pass("A", { assign: { x: 1 } })\n  .map("M", { items: "{% $states.input.items %}", mode: "DISTRIBUTED", executionType: "EXPRESS" }, (m: any) => m.pass("I", { output: jsonata("$x + 1") }))`)),
  ASLC150: one(untypedJsonata(`  .pass("P", { output: jsonata("$sum($states.input.items.price)") })`)),
  ASLC151: one(untypedJsonata(`  .pass("A", { assign: { v: { a: 1 } } })\n  .pass("B", { output: jsonata("$v.b") })`)),
  ASLC152: one(untyped(`  .pass("A", { assign: { v: { a: 1 } } })\n  .pass("B", { parameters: { "x.$": "$v.b" } })`)),
  ASLC156: one(module(`  .map("M", { mode: "DISTRIBUTED", executionType: "STANDARD", itemsPath: "$.items", itemReader: { resource: "arn:aws:states:::s3:getObject", readerConfig: { inputType: "JSON" }, parameters: { Bucket: "b", Key: "k" } } }, (i) => i.pass("P"))`)),
  ASLC160: one(module(`  .task("Call", { resource: fn, result: z.object({ score: z.nan() }) })`)),
  ASLC161: one(module(`  .fail("F", { error: "", cause: "why" })`)),
  ASLC170: one(untyped(`  .pass("P", { parameters: { "x.$": "States.Format('{}' $.name)" } })`)),
  ASLC171: one(untyped(`  .pass("P", { parameters: { "x.$": "States.ArrayLength($.items, 2)" } })`)),
  ASLC172: one(untyped(`  .pass("P", { parameters: { "x.$": "States.ArrayLength('abc')" } })`)),
  ASLC173: one(untyped(`  .pass("P", { parameters: { "x.$": "${"States.Array(".repeat(11)}1${")".repeat(11)}" } })`)),
  ASLC180: one(module(`  .task("T", { resource: lambda.invoke("f"), parameters: { FunctionName: "g", "Payload.$": "$" } })`)),
  ASLC181: one(untypedJsonata(`  .task("T", { resource: "arn:aws:states:::dynamodb:getItem", arguments: { TableName: "orders" } })`)),
  ASLC182: one(untyped(`  .map("M", { mode: "DISTRIBUTED", executionType: "STANDARD", itemReader: { resource: "arn:aws:states:::s3:listObjectV2", parameters: { Bucket: "b" } } }, (i: any) => i.pass("P"))`)),
  ASLC185: one(untyped(`  .task("Call", { resource: "arn:aws:states:::athena:getQueryResults.sync", parameters: { QueryExecutionId: "q" } })`)),
  ASLC190: one(untypedJsonata(`  .pass("P", { output: "{% $cuont($states.input.items) %}" })`)),
  ASLC300: {
    // Type-checks (the module is declared), but there is nothing to bundle.
    files: {
      "a.workflow.ts": `/// <reference path="./virtual.d.ts" />\nimport { region } from "virtual-config";\n${module(`  .pass("P", { result: { region } })`)}`,
      "virtual.d.ts": `declare module "virtual-config" { export const region: string; }\n`,
    },
  },
  ASLC301: one(`${HEADER}throw new Error("region is not configured");\n`),
  ASLC302: one(`export const notAWorkflow = 1;\n`),
  ASLC303: { files: { "a.workflow.ts": module(`  .pass("P")`, "Same"), "b.workflow.ts": module(`  .pass("P")`, "Same") } },
  ASLC304: one(module(`  .pass("P")`, "My Flow")),
  ASLC305: { files: { "a.workflow.ts": module(`  .pass("P")`, "Blocked") }, prepare: (p) => mkdirSync(join(p.dir, "Blocked.asl.json")) },
  ASLC306: {
    files: {
      "a.workflow.ts": module(`  .task("Charge", { resource: lambda.function("\${ChargeArn}") })`, "Orders"),
      "b.workflow.ts": module(`  .task("Charge", { resource: lambda.function("\${ChargeFunctionArn}") })`, "Refunds"),
    },
  },
  ASLC310: one(loading("process.exit(0);")),
  ASLC311: { cli: ["build", "--module-timeout", "0.5"], files: { "a.workflow.ts": loading("while (true) {}") } },
  ASLC312: one(loading("await new Promise(() => {});")),
  ASLC313: one(loading(`setTimeout(() => { throw new Error("too late"); }, 0);`)),
  ASLC314: one(loading(`console.log("debugging");`)),
  ASLC315: one(loading(`import { writeFileSync } from "node:fs";\nwriteFileSync("owned.txt", "x");`)),
  ASLC316: {
    files: {
      "a.workflow.ts": `${HEADER}import { suffix } from "./names.ts";\nexport const prefix = "Order";\nexport default workflow(\`\${prefix}\${suffix}\`, { input: Input }).pass("P");\n`,
      "names.ts": `import { prefix } from "./a.workflow.ts";\nexport const suffix = prefix + "X";\n`,
    },
  },
  ASLC317: one(module(`  .pass("P", { result: { v: 10n } as any })`)),
  // A module that forges a message of the loading process, with a code aslc does not have.
  ASLC318: one(loading(`process.send!({ type: "late", index: 0, problem: { code: "ASLC999", message: "forged" }, output: "" });`)),
  ASLC319: {
    fault: "the ASL formatter is replaced by one that renders a different definition (the compiler's read-back check is the only guard against it)",
    provoke: async () => {
      vi.resetModules();
      vi.doMock("../../packages/compiler/src/format/format-json.ts", () => ({ formatJson: async (value: unknown) => JSON.stringify(isDefinition(value) ? { ...value, StartAt: "Tampered" } : value) }));
      try {
        const { compile } = await import("../../packages/compiler/src/compile.ts");
        const p = project({ "a.workflow.ts": valid });
        return (await compile({ paths: [p.dir], cwd: p.dir, typeCheck: false })).diagnostics.map((d) => d.code);
      } finally {
        vi.doUnmock("../../packages/compiler/src/format/format-json.ts");
        vi.resetModules();
      }
    },
  },
  ASLC330: { cli: ["build"], files: { "notes.ts": "export const x = 1;\n" } },
  ASLC331: {
    files: {
      "a.workflow.ts": module(
        `  .task("Check", { resource: fn, result: z.object({ ok: z.boolean() }), resultPath: "$.check" })\n  .task("Charge", { resource: fn, result: z.object({ ok: z.string() }), resultPath: "$.charge" })`,
      ),
    },
  },
  ASLC350: { cli: ["build", "no/such/folder"], files: {} },
  // Root reads every file whatever its mode: run as nobody then.
  ASLC351: { cli: ["build"], files: { "a.workflow.ts": valid }, prepare: (p) => chmodSync(join(p.dir, "a.workflow.ts"), 0o000), unprivileged: true },
  ASLC352: { files: { "a.workflow.ts": valid, "tsconfig.json": `{\n  "compilerOptions": {\n    "strict": true\n    "noEmit": true\n  }\n}\n` } },
  ASLC353: { files: { "a.workflow.ts": valid, "tsconfig.json": `{ "extends": "./base/tsconfig.json" }\n` } },
  ASLC354: { files: { "a.workflow.ts": valid, "tsconfig.json": `{ "compilerOptions": { "strictest": true } }\n` } },
  ASLC356: { cli: ["build"], files: { "a.workflow.ts": valid, "aslc.config.json": `{ "pathz": ["."] }\n` } },
  ASLC357: { cli: ["init"], files: { "package.json": "{}\n" } },
  // A file where init makes a folder: writing below it fails.
  ASLC358: { cli: ["init"], files: { src: "not a folder\n" } },
  ASLC370: { files: { "a.workflow.ts": valid.replace('from "zod"', 'from "zod/v4"'), "node_modules/zod/package.json": `{ "name": "zod", "version": "3.25.76" }` } },
  ASLC380: { files: { "a.workflow.ts": module(`  .pass("P")`, "Orders"), "b.workflow.ts": module(`  .pass("P")`, "orders") } },
  ASLC381: { files: { "Billing/a.workflow.ts": module(`  .task("Charge", { resource: fn })`, "BillingA"), "billing/b.workflow.ts": module(`  .task("Charge", { resource: fn })`, "BillingB") } },
  ASLC382: one(module(`  .pass("Blob", { result: { data: "x".repeat(1_048_576) }, resultPath: "$.blob" })`)),
  ASLC410: { definition: `{ "StartAt": "A", "States": { "A": { "Type": "Pass", "Nxt": "B", "End": true } } }` },
  ASLC411: { definition: `{ "StartAt": "A", "States": { "A": { "Type": "Task", "End": true } } }` },
  ASLC412: { definition: `{ "StartAt": "A", "States": { "A": { "Type": "Tsak", "End": true } } }` },
  ASLC413: { definition: `{ "StartAt": "A", "States": [] }` },
  ASLC414: { definition: `{ "StartAt": "A", "States": { "A": { "Type": "Pass", "Next": "A", "End": true } } }` },
  ASLC415: { definition: `{ "StartAt": "C", "States": { "C": { "Type": "Choice", "Choices": [{ "IsNull": true, "Next": "C" }] } } }` },
  ASLC416: { definition: `{ "StartAt": "M", "States": { "M": { "Type": "Map", "ItemProcessor": { "ProcessorConfig": { "Mode": "PARALLEL" }, "StartAt": "P", "States": { "P": { "Type": "Pass", "End": true } } }, "End": true } } }` },
  ASLC420: { lint: { "template.yaml": `Resources:\n  M:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      Definition: { StartAt: A, States: { A: { Type: Task, Resource: "\${Fn}", End: true } } }\n      DefinitionSubstitutions: { Fun: x }\n` } },
  ASLC421: { lint: { "template.yaml": `Resources:\n  M:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      Definition: { StartAt: A, States: { A: { Type: Pass, End: true } } }\n      DefinitionSubstitutions: { Unused: x }\n` } },
  ASLC422: { cli: ["lint", "missing.asl.json"], files: {} },
  ASLC423: { cli: ["lint", "docs"], files: { "docs/readme.md": "# no definitions here" } },
  ASLC424: {
    fault: "validateWorkflow is replaced by one that throws, as a check meeting a value it did not expect would, and lint() reads a definition",
    provoke: async () => {
      vi.resetModules();
      vi.doMock("../../packages/compiler/src/validate/index.ts", () => ({ validateWorkflow: () => { throw new TypeError("name.startsWith is not a function"); } }));
      try {
        const { lint } = await import("../../packages/compiler/src/lint/lint-files.ts");
        const p = project({ "m.asl.json": `{ "StartAt": "A", "States": { "A": { "Type": "Pass", "End": true } } }` });
        return (await lint(["m.asl.json"], { cwd: p.dir })).diagnostics.map((d) => d.code);
      } finally {
        vi.doUnmock("../../packages/compiler/src/validate/index.ts");
        vi.resetModules();
      }
    },
  },
  ASLC430: { imported: `{ "StartAt": "A", "States": { "A": { "Type": "Pass", "End": true }, "Lost": { "Type": "Pass", "End": true } } }` },
  ASLC431: { imported: `{ "StartAt": "P", "States": { "P": { "Type": "Parallel", "Branches": [{ "Comment": "left", "StartAt": "L", "States": { "L": { "Type": "Pass", "End": true } } }], "End": true } } }` },
  ASLC432: { cli: ["import", "hello.asl.json"], files: { "hello.asl.json": `{ "StartAt": "A", "States": { "A": { "Type": "Pass", "End": true } } }`, "hello.workflow.ts": "// mine\n" } },
  ASLC433: { cli: ["import", "machine.asl.json"], files: { "machine.asl.json": `{ "StartAt": "A", "States": { "A": { "Type": "Pass", "End": true } } }` }, status: 0 },
  ASLC434: {
    cli: ["import", "template.yaml"],
    files: { "template.yaml": `Resources:\n  Machine:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      Definition:\n        StartAt: Call\n        States:\n          Call:\n            Type: Task\n            Resource: !GetAtt CallFunction.Arn\n            End: true\n` },
    status: 0,
  },
  ASLC437: one(untyped(`  .pass("P", { outputPath: "$.missing" })`)),
  ASLC399: {
    fault: "compile() is replaced by one that throws a TypeError, as a bug in aslc would, and the CLI's main runs `build`",
    provoke: async () => {
      vi.resetModules();
      vi.doMock("../../packages/compiler/src/compile.ts", () => ({ HANDLERS_FOLDER: "handlers", compile: async () => Promise.reject(new TypeError("cannot read properties of undefined")) }));
      const printed: string[] = [];
      const log = vi.spyOn(console, "log").mockImplementation((text: string) => void printed.push(text));
      try {
        const { main } = await import("../../packages/compiler/src/cli.ts");
        const p = project({ "a.workflow.ts": valid });
        expect(await main(["build", "--json"], p.dir)).toBe(2);
        return codesIn(printed.join("\n"));
      } finally {
        log.mockRestore();
        vi.doUnmock("../../packages/compiler/src/compile.ts");
        vi.resetModules();
      }
    },
  },
  ASLC400: { existing: {}, read: "missing.asl.json" },
  ASLC401: { existing: { "orders.asl.json": `{\n  "StartAt": "A",\n  "States": {},\n}\n` }, read: "orders.asl.json" },
  ASLC402: { existing: { "orders.asl.yaml": `StartAt: A\nStates: [\n` }, read: "orders.asl.yaml" },
  ASLC403: { existing: { "package.json": `{ "name": "orders" }\n` }, read: "package.json" },
  ASLC404: {
    existing: { "template.yaml": `Resources:\n  Orders:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      DefinitionUri: s3://artifacts/orders.asl.json\n` },
    read: "template.yaml",
  },
  ASLC405: {
    existing: { "template.yaml": `Resources:\n  Orders:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      DefinitionString: !If [IsProd, "{}", "{}"]\n` },
    read: "template.yaml",
  },
  ASLC406: { existing: { "main.tf": `resource "aws_sfn_state_machine" "orders" {\n  definition = <<EOF\n{}\n` }, read: "main.tf" },
};

function withStates(ir: WorkflowIR, extra: readonly object[]): WorkflowIR {
  return { ...ir, states: [...ir.states, ...extra] } as WorkflowIR;
}

/** The Choice's first rule written as a JSONPath Variable rule, as an IR from elsewhere could hold it. */
function withVariableRule(ir: WorkflowIR): WorkflowIR {
  const states = ir.states.map((s) => (s.type === "Choice" ? { ...s, choices: s.choices.map((rule, i) => (i === 0 ? { ...rule, condition: { kind: "compare", variable: "$.n", operator: "NumericGreaterThan", operand: 1 } } : rule)) } : s));
  return { ...ir, states } as WorkflowIR;
}

function isDefinition(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && "StartAt" in value;
}

function codesIn(json: string): string[] {
  return (JSON.parse(json) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
}

const project = tempProjects("every-code");

const entries = Object.entries(PRODUCERS) as [DiagnosticCode, Producer][];

describe("every diagnostic code", () => {
  it("has an input that produces it, and no input names a code the registry lacks", () => {
    expect(Object.keys(PRODUCERS).sort()).toEqual(Object.keys(DIAGNOSTICS).sort());
  });

  describe("from projects", () => {
    // One process with a warm type checker compiles every project.
    const compiled = entries.filter((e): e is [DiagnosticCode, Extract<Producer, { files: object }>] => "files" in e[1] && !("cli" in e[1]));
    const dirs = new Map<DiagnosticCode, string>();
    let results: Record<string, { diagnostics: { code: string }[]; thrown?: string }> = {};
    beforeAll(() => {
      for (const [code, producer] of compiled) {
        const p = project(producer.files);
        producer.prepare?.(p);
        dirs.set(code, p.dir);
      }
      results = compileCases([...dirs.values()]);
    }, 600_000);

    it.each(compiled.map(([code]) => code))("%s comes from compiling a project", (code) => {
      const result = results[dirs.get(code)!]!;
      expect(result.thrown, result.thrown).toBeUndefined();
      expect(result.diagnostics.map((d) => d.code)).toContain(code);
    });
  });

  const commands = entries.filter((e): e is [DiagnosticCode, Extract<Producer, { cli: object }>] => "cli" in e[1]);
  it.each(commands.map(([code, producer]) => [code, producer.cli.join(" ")]))("%s comes from aslc %s", (code) => {
    const producer = PRODUCERS[code as DiagnosticCode] as Extract<Producer, { cli: object }>;
    const p = project(producer.files);
    producer.prepare?.(p);
    const args = [...producer.cli, "--json"];
    const result = producer.unprivileged && process.getuid?.() === 0 ? aslcWith({ uid: 65534 }, p.dir, ...args) : aslc(p.dir, ...args);
    expect(result.status, result.stderr).toBe(producer.status ?? 2);
    expect(codesIn(result.stdout)).toContain(code);
  });

  const irs = entries.filter((e): e is [DiagnosticCode, Extract<Producer, { ir: unknown }>] => "ir" in e[1]);
  it.each(irs.map(([code]) => code))("%s comes from validating an IR the builder cannot make", (code) => {
    const producer = PRODUCERS[code] as Extract<Producer, { ir: unknown }>;
    expect(validateWorkflow(producer.ir()).map((d) => d.code)).toContain(code);
  });

  const existing = entries.filter((e): e is [DiagnosticCode, Extract<Producer, { existing: object }>] => "existing" in e[1]);
  it.each(existing.map(([code, producer]) => [code, producer.read]))("%s comes from reading %s for definitions", async (code) => {
    const producer = PRODUCERS[code as DiagnosticCode] as Extract<Producer, { existing: object }>;
    const p = project(producer.existing);
    const { diagnostics } = await readDefinitionSources(join(p.dir, producer.read));
    expect(diagnostics.map((d) => d.code)).toContain(code);
  });

  const definitions = entries.filter((e): e is [DiagnosticCode, Extract<Producer, { definition: string }>] => "definition" in e[1]);
  it.each(definitions.map(([code]) => code))("%s comes from reading an ASL definition", (code) => {
    const producer = PRODUCERS[code] as Extract<Producer, { definition: string }>;
    const source = { file: "/project/machine.asl.json", name: "Machine", format: "asl-json" as const, definition: JSON.parse(producer.definition), siteOf: () => ({ file: "/project/machine.asl.json", line: 1, column: 1 }) };
    expect(readWorkflow(source).diagnostics.map((d) => d.code)).toContain(code);
  });

  const imports = entries.filter((e): e is [DiagnosticCode, Extract<Producer, { imported: string }>] => "imported" in e[1]);
  it.each(imports.map(([code]) => code))("%s comes from importing an ASL definition", async (code) => {
    const producer = PRODUCERS[code] as Extract<Producer, { imported: string }>;
    const source = { file: "/project/machine.asl.json", name: "Machine", format: "asl-json" as const, definition: JSON.parse(producer.imported), siteOf: () => ({ file: "/project/machine.asl.json", line: 1, column: 1 }) };
    const { workflow: read } = readWorkflow(source);
    expect((await importWorkflow(read!)).diagnostics.map((d) => d.code)).toContain(code);
  });

  const linted = entries.filter((e): e is [DiagnosticCode, Extract<Producer, { lint: object }>] => "lint" in e[1]);
  it.each(linted.map(([code]) => code))("%s comes from linting existing definitions", async (code) => {
    const producer = PRODUCERS[code] as Extract<Producer, { lint: object }>;
    const p = project(producer.lint);
    expect((await lint(["."], { cwd: p.dir })).diagnostics.map((d) => d.code)).toContain(code);
  });

  const faults = entries.filter((e): e is [DiagnosticCode, Extract<Producer, { fault: string }>] => "fault" in e[1]);
  it.each(faults.map(([code, producer]) => [code, producer.fault]))("%s comes from a fault: %s", async (code) => {
    const producer = PRODUCERS[code as DiagnosticCode] as Extract<Producer, { fault: string }>;
    expect(await producer.provoke()).toContain(code);
  });
});
