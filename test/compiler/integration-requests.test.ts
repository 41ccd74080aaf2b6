/**
 * What a task or a Distributed Map sends is checked against its integration's descriptor: typed
 * helpers may write a `${Name}` placeholder as their Resource and stay typed; ItemReader and
 * ResultWriter take typed S3 resources; requests the types cannot see (written without them, or
 * JSONata Arguments) are checked by the compiler (ASLC181), and Map resources Step Functions does
 * not offer are refused (ASLC182).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildWorkflow, DslError, dynamodb, integrationDescriptor, lambda, s3, sns, states, workflow, type Buildable, type MapNode, type TaskNode } from "@aslc/dsl";
import { placeholdersIn } from "@aslc/compiler";
import { taskResultSchema } from "../../packages/compiler/src/schema/task-results.ts";
import { diagnose, lineOf } from "../support/diagnose.ts";
import { emitted } from "../support/emit.ts";

const here = fileURLToPath(import.meta.url);
const source = readFileSync(here, "utf8");
const Input = z.object({ id: z.string(), bucket: z.string() });
const start = () => workflow("Requests", { input: Input });
const untyped = () => start() as any;
const jsonataStart = () => workflow("Requests", { input: Input, queryLanguage: "JSONata" });

function states_(wf: Buildable): Record<string, Record<string, unknown>> {
  return (emitted(wf) as { States: Record<string, Record<string, unknown>> }).States;
}

function codes(wf: Buildable, code: string) {
  return diagnose(wf).filter((d) => d.code === code);
}

function refusal(build: () => unknown): DslError {
  try {
    build();
  } catch (error) {
    if (DslError.is(error)) return error;
    throw error;
  }
  throw new Error("built");
}

const distributed = { mode: "DISTRIBUTED", executionType: "STANDARD" } as const;

describe("placeholder resources on typed helpers", () => {
  it("dynamodb.getItem({ resource: '${DDBGetItem}' }) writes the placeholder and keeps the descriptor, request check and result", () => {
    const wf = start().task("Get", { resource: dynamodb.getItem({ resource: "${DDBGetItem}" }), parameters: { TableName: "t", Key: { id: { "S.$": "$.id" } } } });
    const asl = emitted(wf);
    expect((asl as any).States.Get.Resource).toBe("${DDBGetItem}");
    expect(placeholdersIn(asl)).toEqual(["DDBGetItem"]);
    const task = buildWorkflow(wf).states[0] as TaskNode;
    expect(task.integration).toMatchObject({ kind: "service", service: "dynamodb", action: "getItem", descriptor: "dynamodb:getItem" });
    expect(taskResultSchema(task)).toBe(integrationDescriptor("dynamodb:getItem")!.results["request-response"]);
  });

  it("a placeholder keeps the pattern's result: states.startExecution({ sync2: true, resource })", () => {
    const task = buildWorkflow(start().task("Run", { resource: states.startExecution({ sync2: true, resource: "${StartSync}" }), parameters: { StateMachineArn: "arn" } })).states[0] as TaskNode;
    expect(task.resource).toBe("${StartSync}");
    expect(task.integration.pattern).toBe("sync:2");
  });

  it("lambda.invoke(fn, { resource }) keeps FunctionName and the Payload wrapper", () => {
    const state = states_(start().task("Call", { resource: lambda.invoke("${Fn}", { resource: "${LambdaInvoke}" }) })).Call!;
    expect(state).toMatchObject({ Resource: "${LambdaInvoke}", Parameters: { FunctionName: "${Fn}", "Payload.$": "$" } });
  });

  it("a resource that is not a ${Name} placeholder is refused where the helper is called", () => {
    expect(() => sns.publish({ resource: "arn:aws:states:::sns:publish" as any })).toThrow(/is not a \$\{Name\} placeholder: write it as "\$\{Name\}", and map Name to arn:aws:states:::sns:publish in DefinitionSubstitutions/);
  });
});

describe("ItemReader and ResultWriter", () => {
  it("s3.getObject() and s3.putObject() emit their ARNs with the requests as written", () => {
    const wf = start().map(
      "Each",
      {
        ...distributed,
        itemReader: { resource: s3.getObject(), readerConfig: { inputType: "JSON" }, parameters: { "Bucket.$": "$.bucket", Key: "items.json" } },
        resultWriter: { resource: s3.putObject(), parameters: { Bucket: "out", Prefix: "runs" } },
      },
      (i) => i.pass("P"),
    );
    const map = states_(wf).Each!;
    expect(map.ItemReader).toEqual({ Resource: "arn:aws:states:::s3:getObject", ReaderConfig: { InputType: "JSON" }, Parameters: { "Bucket.$": "$.bucket", Key: "items.json" } });
    expect(map.ResultWriter).toEqual({ Resource: "arn:aws:states:::s3:putObject", Parameters: { Bucket: "out", Prefix: "runs" } });
    expect((buildWorkflow(wf).states[0] as MapNode).itemReader!.integration).toMatchObject({ service: "s3", action: "getObject", descriptor: "s3:getObject" });
  });

  it("a placeholder form: s3.listObjectsV2({ resource: '${ListObjects}' })", () => {
    const wf = start().map("Each", { ...distributed, itemReader: { resource: s3.listObjectsV2({ resource: "${ListObjects}" }), parameters: { Bucket: "b", Prefix: "in/" } } }, (i) => i.pass("P"));
    const asl = emitted(wf);
    expect((asl as any).States.Each.ItemReader).toEqual({ Resource: "${ListObjects}", Parameters: { Bucket: "b", Prefix: "in/" } });
    expect(placeholdersIn(asl)).toEqual(["ListObjects"]);
  });

  it("ASLC181: a misspelt Bucket in the ItemReader's Parameters, written without the types", () => {
    const wf = untyped().map("Each", { ...distributed, itemReader: { resource: s3.listObjectsV2(), parameters: { Bukket: "b" } } }, (i: any) => i.pass("P")); // @bukket
    const found = codes(wf, "ASLC181").map((d) => d.message);
    expect(found).toEqual([
      "state 'Each': ItemReader.Parameters lack the field Bucket, which the s3:listObjectsV2 request requires: give Bucket (or Bucket.$)",
      "state 'Each': ItemReader.Parameters.Bukket is not a field of the s3:listObjectsV2 request, which takes Bucket, Prefix: correct the name, or remove it",
    ]);
    expect(codes(wf, "ASLC181")[0]!.site).toMatchObject({ file: here, line: lineOf(source, "@bukket") });
  });

  it("ASLC182: a reader resource as text that Step Functions does not offer (s3:listObjectV2)", () => {
    const wf = untyped().map("Each", { ...distributed, itemReader: { resource: "arn:aws:states:::s3:listObjectV2", parameters: { Bucket: "b" } } }, (i: any) => i.pass("P"));
    expect(codes(wf, "ASLC182").map((d) => d.message)).toEqual([
      "state 'Each': ItemReader.Resource 'arn:aws:states:::s3:listObjectV2' is not one Step Functions offers there: use arn:aws:states:::s3:getObject or arn:aws:states:::s3:listObjectsV2 (s3.getObject(), s3.listObjectsV2()), or a ${Name} placeholder",
    ]);
  });

  it("a reader resource as text is checked by the descriptor its ARN names; a placeholder as text is not checked", () => {
    const asText = untyped().map("Each", { ...distributed, itemReader: { resource: "arn:aws:states:::s3:getObject", parameters: { Bucket: "b" } } }, (i: any) => i.pass("P"));
    expect(codes(asText, "ASLC181").map((d) => d.message)).toEqual(["state 'Each': ItemReader.Parameters lack the field Key, which the s3:getObject request requires: give Key (or Key.$)"]);
    const placeholder = untyped().map("Each", { ...distributed, itemReader: { resource: "${Reader}", parameters: { Anything: 1 } } }, (i: any) => i.pass("P"));
    expect(diagnose(placeholder)).toEqual([]);
  });

  it("ASLC182: a writer given as the reader, or a reader as a Task's resource", () => {
    const swapped = refusal(() => buildWorkflow(untyped().map("Each", { ...distributed, itemReader: { resource: s3.putObject(), parameters: { Bucket: "b" } } }, (i: any) => i.pass("P"))));
    expect(swapped.code).toBe("ASLC182");
    expect(swapped.message).toBe("state 'Each': itemReader.resource is a ResultWriter resource (s3:putObject); an ItemReader takes s3.getObject() or s3.listObjectsV2()");
    const asTask = refusal(() => buildWorkflow(untyped().task("Read", { resource: s3.getObject() })));
    expect(asTask.code).toBe("ASLC182");
    expect(asTask.message).toContain('not a Task\'s: give it as the Map\'s itemReader.resource, or call S3 from a Task with awsSdk("s3", …)');
  });

  it("JSONata Arguments of a reader are checked too", () => {
    const wf = (jsonataStart() as any).map("Each", { ...distributed, itemReader: { resource: s3.getObject(), arguments: { Bucket: "{% $states.input.bucket %}" } } }, (i: any) => i.pass("P"));
    expect(codes(wf, "ASLC181").map((d) => d.message)).toEqual(["state 'Each': ItemReader.Arguments lack the field Key, which the s3:getObject request requires: give Key"]);
  });
});

describe("task requests checked by the compiler", () => {
  it("ASLC181: JSONata Arguments of dynamodb.getItem without Key", () => {
    const wf = (jsonataStart() as any).task("Get", { resource: dynamodb.getItem(), arguments: { TableName: "orders" } });
    expect(codes(wf, "ASLC181").map((d) => d.message)).toEqual(["state 'Get': Arguments lack the field Key, which the dynamodb:getItem request requires: give Key"]);
  });

  it("ASLC181: an unknown field and a literal of the wrong type in Parameters, written without the types", () => {
    const wf = untyped().task("Put", { resource: dynamodb.putItem(), parameters: { TableName: "t", Item: {}, ReturnValues: "EVERYTHING", Tablename: "t" } });
    expect(codes(wf, "ASLC181").map((d) => d.message)).toEqual([
      expect.stringMatching(/^state 'Put': Parameters\.ReturnValues is "EVERYTHING", which the dynamodb:putItem request's ReturnValues does not take: /),
      expect.stringMatching(/^state 'Put': Parameters\.Tablename is not a field of the dynamodb:putItem request, which takes TableName, /),
    ]);
  });

  it("values read at run time and whole-expression Arguments are not checked here", () => {
    const paths = untyped().task("Put", { resource: dynamodb.putItem(), parameters: { TableName: "t", "Item.$": "$.item", "ReturnValues.$": "$.how" } });
    expect(diagnose(paths)).toEqual([]);
    const whole = (jsonataStart() as any).task("Get", { resource: dynamodb.getItem(), arguments: "{% $states.input %}" });
    expect(codes(whole, "ASLC181")).toEqual([]);
  });

  it("ASLC181: a whole-expression Arguments that is an object constructor with literal keys is checked by its keys", () => {
    const wf = (jsonataStart() as any).task("Get", { resource: dynamodb.getItem(), arguments: "{% { 'TableName': 'orders', 'Kee': { 'id': { 'S': $states.input.id } } } %}" });
    expect(codes(wf, "ASLC181").map((d) => d.message)).toEqual([
      "state 'Get': Arguments lack the field Key, which the dynamodb:getItem request requires: give Key",
      "state 'Get': Arguments.Kee is not a field of the dynamodb:getItem request, which takes TableName, Key, ProjectionExpression, ConsistentRead, ExpressionAttributeNames: correct the name, or remove it",
    ]);
  });

  it("a request that takes any further field (ecs:runTask) is not refused for one", () => {
    const wf = start().task("Run", { resource: lambda.invoke("f") }).task("Ecs", { resource: "arn:aws:states:::ecs:runTask", parameters: { TaskDefinition: "td", EnableExecuteCommand: true } });
    expect(diagnose(wf)).toEqual([]);
  });
});
