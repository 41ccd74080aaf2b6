/**
 * `resourceCallFor` chooses the typed helper that emits a Task's work exactly, and refuses (the
 * Resource is then written as text) where no helper does: a request field the helper does not
 * take, a result field read that its result lacks, a pattern it does not offer, a Resource in
 * another partition, a function named at run time. `readerCallFor` and `writerCallFor` do the
 * same for a Distributed Map's S3 reader and writer.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildWorkflow, INTEGRATIONS, workflow, type ItemReader, type Json, type TaskNode, type WorkflowIR } from "@aslc/dsl";
import { integrationFromArn } from "@aslc/dsl/internal";
import { readerCallFor, resourceCallFor, writerCallFor } from "../../packages/compiler/src/import/resource-call-for.ts";
import { hasHelper } from "../../packages/compiler/src/import/resources/helper-call.ts";
import { resultLacks } from "../../packages/compiler/src/import/resources/result-fits.ts";

/** A Task as the reader gives it: the Resource classified, the request as written. */
function task(resource: string, request: { parameters?: Json; arguments?: Json; queryLanguage?: "JSONata" } = {}): TaskNode {
  return { type: "Task", name: "Work", resource, integration: integrationFromArn(resource).info, ...request, transition: { kind: "end" } } as unknown as TaskNode;
}

const publish = { TopicArn: "arn:aws:sns:us-east-1:123456789012:topic", "Message.$": "$.text" };

describe("resourceCallFor chooses the typed helper", () => {
  it("names every described integration's helper as <service>.<action>", () => {
    expect(INTEGRATIONS.filter((d) => !hasHelper(d.service, d.action)).map((d) => d.id)).toEqual([]);
  });

  it("writes a described integration through its helper, the request as written, its result typed", () => {
    expect(resourceCallFor(task("arn:aws:states:::sns:publish", { parameters: publish }))).toEqual({ imports: ["sns"], resource: "sns.publish()", typedResult: true });
    expect(resourceCallFor(task("arn:aws:states:::dynamodb:getItem", { parameters: { TableName: "orders", Key: { id: { "S.$": "$.id" } } } }))?.resource).toBe("dynamodb.getItem()");
  });

  it("gives the pattern through the helper's options; a callback's result is the task's to declare", () => {
    const ecs = resourceCallFor(task("arn:aws:states:::ecs:runTask.sync", { parameters: { TaskDefinition: "td", Cluster: "c" } }));
    expect(ecs).toMatchObject({ resource: "ecs.runTask({ sync: true })", typedResult: true });
    expect(resourceCallFor(task("arn:aws:states:::states:startExecution.sync:2", { parameters: { StateMachineArn: "arn", "Input.$": "$" } }))?.resource).toBe("states.startExecution({ sync2: true })");
    const callback = resourceCallFor(task("arn:aws:states:::sqs:sendMessage.waitForTaskToken", { parameters: { QueueUrl: "q", MessageBody: { "Token.$": "$$.Task.Token" } } }));
    expect(callback).toMatchObject({ resource: "sqs.sendMessage({ waitForTaskToken: true })", typedResult: false });
  });

  it("uses lambda.invoke's own request, its payload option, or the request as written", () => {
    const fn = "arn:aws:lambda:us-east-1:123456789012:function:charge";
    const invoke = "arn:aws:states:::lambda:invoke";
    expect(resourceCallFor(task(invoke, { parameters: { FunctionName: fn, "Payload.$": "$" } }))).toEqual({
      imports: ["lambda"],
      resource: `lambda.invoke(${JSON.stringify(fn)})`,
      options: { parameters: undefined },
      typedResult: false,
    });
    // Key order means nothing to Step Functions: the helper's request is the same JSON.
    expect(resourceCallFor(task(invoke, { parameters: { "Payload.$": "$", FunctionName: fn } }))?.options).toEqual({ parameters: undefined });
    expect(resourceCallFor(task(invoke, { parameters: { FunctionName: fn, "Payload.$": "$.order" } }))?.options).toEqual({ parameters: undefined, "payload.$": "$.order" });
    expect(resourceCallFor(task(invoke, { parameters: { FunctionName: fn, Payload: { "id.$": "$.id", kind: "card" } } }))?.options).toEqual({ parameters: undefined, payload: { "id.$": "$.id", kind: "card" } });
    expect(resourceCallFor(task(invoke, { parameters: { FunctionName: fn, "Payload.$": "States.JsonMerge($.a, $.b, false)" } }))?.options).toEqual({ parameters: { "Payload.$": "States.JsonMerge($.a, $.b, false)" } });
    expect(resourceCallFor(task(invoke, { parameters: { FunctionName: fn, InvocationType: "Event", "Payload.$": "$" } }))).toMatchObject({
      resource: `lambda.invoke(${JSON.stringify(fn)})`,
      options: { parameters: { InvocationType: "Event", "Payload.$": "$" } },
    });
    // FunctionName alone: the helper's own request would add a Payload.
    expect(resourceCallFor(task(invoke, { parameters: { FunctionName: fn } }))).toEqual({ imports: ["lambda"], resource: `lambda.invoke(${JSON.stringify(fn)})`, typedResult: false });
    expect(resourceCallFor(task(`${invoke}.waitForTaskToken`, { parameters: { FunctionName: "approve", Payload: { "token.$": "$$.Task.Token" } } }))).toMatchObject({
      resource: 'lambda.invoke("approve", { waitForTaskToken: true })',
      options: { parameters: undefined, payload: { "token.$": "$$.Task.Token" } },
    });
  });

  it("uses lambda.invoke in JSONata, through its arguments", () => {
    const jsonata = { queryLanguage: "JSONata" as const };
    expect(resourceCallFor(task("arn:aws:states:::lambda:invoke", { arguments: { FunctionName: "charge", Payload: "{% $states.input %}" } }), undefined, jsonata)?.options).toEqual({ arguments: undefined });
    expect(resourceCallFor(task("arn:aws:states:::lambda:invoke", { arguments: { FunctionName: "charge", Payload: "{% $states.input.order %}" } }), undefined, jsonata)?.options).toEqual({
      arguments: undefined,
      payload: "{% $states.input.order %}",
    });
  });

  it("writes a Lambda function ARN through lambda.function, an SDK call through awsSdk, another integration through service", () => {
    const fn = "arn:aws:lambda:us-east-1:123456789012:function:charge";
    expect(resourceCallFor(task(fn))).toEqual({ imports: ["lambda"], resource: `lambda.function(${JSON.stringify(fn)})`, typedResult: false });
    expect(resourceCallFor(task("arn:aws:states:::aws-sdk:s3:getObject", { parameters: { Bucket: "b", Key: "k" } }))).toEqual({ imports: ["awsSdk"], resource: 'awsSdk("s3", "getObject")', typedResult: false });
    expect(resourceCallFor(task("arn:aws:states:::aws-sdk:sfn:sendTaskSuccess.waitForTaskToken", { parameters: {} }))?.resource).toBe('awsSdk("sfn", "sendTaskSuccess", { waitForTaskToken: true })');
    expect(resourceCallFor(task("arn:aws:states:::elasticmapreduce:createCluster.sync", { parameters: { Name: "c" } }))?.resource).toBe('service("elasticmapreduce", "createCluster", { sync: true })');
  });

  it("writes a placeholder through the helper its DefinitionSubstitutions name, with the helper's resource option", () => {
    const put = task("${PutOrder}", { parameters: { TableName: "orders", Item: { id: { "S.$": "$.id" } } } });
    expect(resourceCallFor(put, undefined, { substitutions: { PutOrder: "arn:aws:states:::dynamodb:putItem" } })?.resource).toBe('dynamodb.putItem({ resource: "${PutOrder}" })');
    expect(resourceCallFor(put, undefined, { substitutions: { PutOrder: "arn:${AWS::Partition}:states:::dynamodb:putItem" } })?.resource).toBe('dynamodb.putItem({ resource: "${PutOrder}" })');
    const wait = task("${Ask}", { parameters: { QueueUrl: "q", MessageBody: { "Token.$": "$$.Task.Token" } } });
    expect(resourceCallFor(wait, undefined, { substitutions: { Ask: "arn:aws:states:::sqs:sendMessage.waitForTaskToken" } })?.resource).toBe('sqs.sendMessage({ waitForTaskToken: true, resource: "${Ask}" })');
    const fn = task("${ChargeArn}");
    expect(resourceCallFor(fn, undefined, { substitutions: { ChargeArn: { "Fn::Sub": "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${Charge}" } } })?.resource).toBe('lambda.function("${ChargeArn}")');
    expect(resourceCallFor(put, undefined, { substitutions: { PutOrder: { "Fn::Sub": ["arn:${AWS::Partition}:states:::dynamodb:putItem", {}] } } })?.resource).toBe('dynamodb.putItem({ resource: "${PutOrder}" })');
    // Without the substitution, or with one that is not text, the placeholder says nothing of the work.
    expect(resourceCallFor(put)).toBeUndefined();
    expect(resourceCallFor(put, undefined, { substitutions: { PutOrder: { "Fn::GetAtt": ["Table", "Arn"] } } })).toBeUndefined();
    expect(resourceCallFor(fn, undefined, { substitutions: { ChargeArn: { "Fn::GetAtt": ["Charge", "Arn"] } } })).toBeUndefined();
  });
});

describe("resourceCallFor refuses, and the Resource stays text", () => {
  it("a request field the helper does not take, or a value it does not take", () => {
    expect(resourceCallFor(task("arn:aws:states:::sns:publish", { parameters: { TopicArn: "t", Mesage: "hi" } }))).toBeUndefined();
    expect(resourceCallFor(task("arn:aws:states:::sns:publish", { parameters: { TopicArn: "t", Message: "hi", "Subjcet.$": "$.s" } }))).toBeUndefined();
    expect(resourceCallFor(task("arn:aws:states:::dynamodb:getItem", { parameters: { TableName: { "Fn::ImportValue": "Orders" }, Key: {} } }))).toBeUndefined();
    expect(resourceCallFor(task("arn:aws:states:::sns:publish", { arguments: { TopicArn: "t", Mesage: "{% $states.input.text %}" } }), undefined, { queryLanguage: "JSONata" })).toBeUndefined();
  });

  it("a result field read that the helper's result lacks, or holds as another kind of value", () => {
    const sns = task("arn:aws:states:::sns:publish", { parameters: publish });
    expect(resourceCallFor(sns, z.object({ MessageId: z.string() }))?.resource).toBe("sns.publish()");
    expect(resourceCallFor(sns, z.object({ MesageId: z.string() }))).toBeUndefined();
    expect(resourceCallFor(sns, z.object({ MessageId: z.number() }))).toBeUndefined();
    // A handler's or a callback's result is whatever it returns: the task declares it with `result`.
    expect(resourceCallFor(task("arn:aws:states:::lambda:invoke", { parameters: { FunctionName: "f", "Payload.$": "$" } }), z.object({ anything: z.boolean() }))).toBeDefined();
    const callback = task("arn:aws:states:::sns:publish.waitForTaskToken", { parameters: { TopicArn: "t", Message: { "Token.$": "$$.Task.Token" } } });
    expect(resourceCallFor(callback, z.object({ approved: z.boolean() }))).toBeDefined();
  });

  it("given the workflow, a result field read downstream that the helper's result lacks", () => {
    const chain = workflow("Notify", { input: z.unknown() }) as unknown as { task(name: string, options: object): { pass(name: string, options: object): unknown } };
    const reading = (path: string) =>
      buildWorkflow(chain.task("Publish", { resource: "arn:aws:states:::sns:publish", parameters: publish, resultPath: "$.sent" }).pass("Keep", { parameters: { "id.$": path } }));
    const call = (ir: WorkflowIR) => resourceCallFor({ ...(ir.states[0] as TaskNode), integration: integrationFromArn("arn:aws:states:::sns:publish").info }, undefined, { workflow: ir });
    expect(call(reading("$.sent.MessageId"))?.resource).toBe("sns.publish()");
    expect(call(reading("$.sent.MessageID"))).toBeUndefined();
  });

  it("a pattern the helper does not offer", () => {
    expect(resourceCallFor(task("arn:aws:states:::athena:startQueryExecution.waitForTaskToken", { parameters: { QueryString: "SELECT 1" } }))).toBeUndefined();
    expect(resourceCallFor(task("arn:aws:states:::sns:publish.sync", { parameters: publish }))).toBeUndefined();
    expect(resourceCallFor(task("arn:aws:states:::aws-sdk:s3:getObject.sync", { parameters: { Bucket: "b", Key: "k" } }))).toBeUndefined();
  });

  it("a Resource the helper cannot write: another partition, an activity, S3's Map resources in a Task", () => {
    expect(resourceCallFor(task("arn:aws-cn:states:::sns:publish", { parameters: publish }))).toBeUndefined();
    expect(resourceCallFor(task("arn:aws:states:us-east-1:123456789012:activity:approve"))).toBeUndefined();
    expect(resourceCallFor(task("arn:aws:states:::s3:getObject", { parameters: { Bucket: "b", Key: "k" } }))).toBeUndefined();
  });

  it("a function lambda.invoke cannot name: chosen at run time, or no request at all", () => {
    expect(resourceCallFor(task("arn:aws:states:::lambda:invoke", { parameters: { "FunctionName.$": "$.fn", "Payload.$": "$" } }))).toBeUndefined();
    expect(resourceCallFor(task("arn:aws:states:::lambda:invoke", { arguments: { FunctionName: "{% $fn %}" } }), undefined, { queryLanguage: "JSONata" })).toBeUndefined();
    expect(resourceCallFor(task("arn:aws:states:::lambda:invoke"))).toBeUndefined();
  });
});

describe("readerCallFor and writerCallFor", () => {
  const reader = (resource: string, parameters: Json): ItemReader => ({ resource, parameters });

  it("write S3's reader and writer resources through their helpers", () => {
    expect(readerCallFor(reader("arn:aws:states:::s3:getObject", { Bucket: "b", "Key.$": "$.key" }))).toEqual({ imports: ["s3"], resource: "s3.getObject()", typedResult: false });
    expect(readerCallFor(reader("arn:aws:states:::s3:listObjectsV2", { Bucket: "b" }))?.resource).toBe("s3.listObjectsV2()");
    expect(writerCallFor({ resource: "arn:aws:states:::s3:putObject", parameters: { Bucket: "b", Prefix: "out" } })?.resource).toBe("s3.putObject()");
    expect(readerCallFor(reader("${Items}", { Bucket: "b", Key: "k" }), { substitutions: { Items: "arn:aws:states:::s3:getObject" } })?.resource).toBe('s3.getObject({ resource: "${Items}" })');
  });

  it("refuse a resource of the other place, a request field the helper does not take, a placeholder without its substitution", () => {
    expect(writerCallFor({ resource: "arn:aws:states:::s3:getObject", parameters: { Bucket: "b", Key: "k" } })).toBeUndefined();
    expect(readerCallFor(reader("arn:aws:states:::s3:putObject", { Bucket: "b" }))).toBeUndefined();
    expect(readerCallFor(reader("arn:aws:states:::s3:getObject", { Bucket: "b", Kye: "k" }))).toBeUndefined();
    expect(readerCallFor(reader("${Items}", { Bucket: "b", Key: "k" }))).toBeUndefined();
  });
});

describe("resultLacks", () => {
  it("reads fields, array elements and unions as the DSL's paths do", () => {
    const result = z.object({ Items: z.array(z.object({ id: z.string() })), At: z.union([z.number(), z.string()]), Extra: z.record(z.string(), z.unknown()) });
    expect(resultLacks(z.object({ Items: z.array(z.object({ id: z.string() })), At: z.string(), Extra: z.object({ x: z.number() }) }), result)).toBeUndefined();
    expect(resultLacks(z.object({ Items: z.array(z.object({ sku: z.string() })) }), result)).toBe("$.Items[0].sku is not a field of the result, which has id");
    expect(resultLacks(z.object({ Items: z.object({}) }), result)).toBe("$.Items is an array, not an object");
    expect(resultLacks(z.object({ At: z.boolean() }), result)).toMatch(/^\$\.At is /);
  });
});
