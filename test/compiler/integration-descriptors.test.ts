/**
 * Each integration helper is built from its descriptor, and the compiler types a task's result
 * from the descriptor the task's IR names: the helper's Resource, the IR's descriptor id and the
 * result schema the compiler uses all come from the same descriptor. A Resource written as a raw
 * ARN, or through `service(…)`, names the same descriptor.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  apigateway,
  athena,
  batch,
  bedrock,
  buildWorkflow,
  codebuild,
  dynamodb,
  eks,
  ecs,
  events,
  glue,
  http,
  INTEGRATIONS,
  integrationDescriptor,
  lambda,
  sagemaker,
  service,
  sns,
  s3,
  sqs,
  states,
  workflow,
  type Integration,
  type MapResource,
  type TaskNode,
} from "@aslc/dsl";
import { sameSchema } from "@aslc/compiler/internal";
import { taskResultSchema } from "../../packages/compiler/src/schema/task-results.ts";

/** Every typed helper, with each pattern that has its own result. */
const HELPERS: [string, Integration<any, any, any>][] = [
  ["lambda.invoke", lambda.invoke("${CheckFunction}")],
  ["sns.publish", sns.publish()],
  ["sqs.sendMessage", sqs.sendMessage()],
  ["dynamodb.getItem", dynamodb.getItem()],
  ["dynamodb.putItem", dynamodb.putItem()],
  ["dynamodb.updateItem", dynamodb.updateItem()],
  ["dynamodb.deleteItem", dynamodb.deleteItem()],
  ["ecs.runTask", ecs.runTask()],
  ["ecs.runTask sync", ecs.runTask({ sync: true })],
  ["states.startExecution", states.startExecution()],
  ["states.startExecution sync", states.startExecution({ sync: true })],
  ["states.startExecution sync2", states.startExecution({ sync2: true })],
  ["events.putEvents", events.putEvents()],
  ["athena.startQueryExecution", athena.startQueryExecution()],
  ["athena.startQueryExecution sync", athena.startQueryExecution({ sync: true })],
  ["athena.getQueryExecution", athena.getQueryExecution()],
  ["athena.getQueryResults", athena.getQueryResults()],
  ["athena.stopQueryExecution", athena.stopQueryExecution()],
  ["batch.submitJob", batch.submitJob()],
  ["batch.submitJob sync", batch.submitJob({ sync: true })],
  ["apigateway.invoke", apigateway.invoke()],
  ["eks.call", eks.call()],
  ["eks.runJob", eks.runJob()],
  ["eks.runJob sync", eks.runJob({ sync: true })],
  ["eks.createCluster sync", eks.createCluster({ sync: true })],
  ["eks.deleteCluster", eks.deleteCluster()],
  ["eks.createNodegroup sync", eks.createNodegroup({ sync: true })],
  ["eks.deleteNodegroup", eks.deleteNodegroup()],
  ["eks.createFargateProfile sync", eks.createFargateProfile({ sync: true })],
  ["eks.deleteFargateProfile", eks.deleteFargateProfile()],
  ["bedrock.invokeModel", bedrock.invokeModel()],
  ["http.invoke", http.invoke()],
  ["glue.startJobRun", glue.startJobRun()],
  ["glue.startJobRun sync", glue.startJobRun({ sync: true })],
  ["codebuild.startBuild", codebuild.startBuild()],
  ["codebuild.startBuild sync", codebuild.startBuild({ sync: true })],
  ["codebuild.batchGetReports", codebuild.batchGetReports()],
  ["sagemaker.createTrainingJob", sagemaker.createTrainingJob()],
  ["sagemaker.createTrainingJob sync", sagemaker.createTrainingJob({ sync: true })],
  ["sagemaker.createModel", sagemaker.createModel()],
  ["sagemaker.createTransformJob sync", sagemaker.createTransformJob({ sync: true })],
];

/** The Distributed Map's ItemReader and ResultWriter helpers. */
const MAP_HELPERS: [string, MapResource][] = [
  ["s3.getObject", s3.getObject()],
  ["s3.listObjectsV2", s3.listObjectsV2()],
  ["s3.putObject", s3.putObject()],
];

const SUFFIX = { "request-response": "", sync: ".sync", "sync:2": ".sync:2", waitForTaskToken: ".waitForTaskToken" } as const;

/** The Task a one-state workflow with this resource lowers to. */
function taskWith(resource: Integration<any, any, any> | string): TaskNode {
  const chain: any = workflow("Integration", { input: z.object({}) });
  return buildWorkflow(chain.task("Call", { resource })).states[0] as TaskNode;
}

describe("integration descriptors", () => {
  it.each(HELPERS)("%s: its descriptor gives the Resource and the result the compiler uses", (_, helper) => {
    const task = taskWith(helper);
    const descriptor = integrationDescriptor(task.integration.descriptor);
    expect(descriptor).toBeDefined();
    const { pattern } = task.integration;
    expect(task.resource).toBe(descriptor!.resource + SUFFIX[pattern]);
    const result = taskResultSchema(task);
    if (descriptor!.envelope) expect(sameSchema(result, descriptor!.envelope(z.unknown()))).toBe(true);
    else expect(result).toBe(descriptor!.results[pattern as Exclude<typeof pattern, "waitForTaskToken">] ?? descriptor!.results["request-response"]);
  });

  it.each(MAP_HELPERS)("%s: its descriptor gives the Distributed Map resource and the IR names it", (_, helper) => {
    const descriptor = integrationDescriptor(helper.info.descriptor);
    expect(descriptor).toBeDefined();
    expect(helper.resource).toBe(descriptor!.resource);
    expect(helper.info).toMatchObject({ service: descriptor!.service, action: descriptor!.action, pattern: "request-response" });
  });

  it("every described integration has a helper", () => {
    const used = new Set([...HELPERS.map(([, helper]) => taskWith(helper).integration.descriptor), ...MAP_HELPERS.map(([, helper]) => helper.info.descriptor)]);
    expect([...used].sort()).toEqual(INTEGRATIONS.map((descriptor) => descriptor.id).sort());
  });

  it("a raw ARN and service(…) name the descriptor of the integration they spell", () => {
    for (const descriptor of INTEGRATIONS) {
      expect(taskWith(descriptor.resource).integration.descriptor).toBe(descriptor.id);
      if (descriptor.kind === "service") expect(taskWith(service(descriptor.service, descriptor.action)).integration.descriptor).toBe(descriptor.id);
    }
    expect(taskResultSchema(taskWith("arn:aws:states:::states:startExecution.sync"))).toBe(integrationDescriptor("states:startExecution")!.results.sync);
    expect(taskWith("arn:aws:states:::elasticmapreduce:createCluster.sync").integration.descriptor).toBeUndefined();
    expect(taskWith("arn:aws:states:::aws-sdk:sns:publish").integration.descriptor).toBeUndefined();
  });

  it("a declared result replaces a service's and fills lambda:invoke's Payload; a callback's is the declared one alone", () => {
    const Approved = z.object({ approved: z.boolean() });
    const chain: any = workflow("Declared", { input: z.object({}) });
    const [published, invoked, waited] = buildWorkflow(
      chain
        .task("Publish", { resource: sns.publish(), result: Approved })
        .task("Invoke", { resource: lambda.invoke("${CheckFunction}"), result: Approved })
        .task("Wait", { resource: sns.publish({ waitForTaskToken: true }), result: Approved }),
    ).states as TaskNode[];
    expect(taskResultSchema(published!)).toBe(Approved);
    expect(sameSchema(taskResultSchema(invoked!), integrationDescriptor("lambda:invoke")!.envelope!(Approved))).toBe(true);
    expect(taskResultSchema(waited!)).toBe(Approved);
  });
});
