/**
 * A Task asks a described integration only for a pattern its service offers (ASLC185): the
 * typed helpers offer no other, and the compiler refuses one asked for by a raw ARN, by
 * `service(…)` or by a JavaScript caller past the types. The patterns are AWS's table of
 * optimized integrations: Athena, Batch, Glue, CodeBuild and SageMaker have `.sync` and no
 * callback; API Gateway, SNS and SQS a callback and no `.sync`; ECS and EKS runJob both;
 * states:startExecution `.sync:2` too.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { athena, INTEGRATIONS, integrationDescriptor, service, workflow } from "@aslc/dsl";
import { offeredPatterns } from "@aslc/dsl/internal";
import { diagnose, lineOf } from "../support/diagnose.ts";

const here = fileURLToPath(import.meta.url);
const source = readFileSync(here, "utf8");
/** Loosely typed, as a JavaScript author could write it. */
const jsonPathWorkflow = (): any => workflow("W", { input: z.object({}) });

const patternErrors = (wf: unknown) => diagnose(wf as never).filter((d) => d.code === "ASLC185");

describe("the patterns each integration offers", () => {
  it("follow AWS's table of optimized integrations", () => {
    const table = Object.fromEntries(INTEGRATIONS.map((d) => [d.id, offeredPatterns(d)]));
    expect(table).toMatchObject({
      "athena:startQueryExecution": ["request-response", "sync"],
      "athena:getQueryResults": ["request-response"],
      "batch:submitJob": ["request-response", "sync"],
      "glue:startJobRun": ["request-response", "sync"],
      "codebuild:startBuild": ["request-response", "sync"],
      "sagemaker:createTrainingJob": ["request-response", "sync"],
      "apigateway:invoke": ["request-response", "waitForTaskToken"],
      "sns:publish": ["request-response", "waitForTaskToken"],
      "ecs:runTask": ["request-response", "sync", "waitForTaskToken"],
      "eks:runJob": ["request-response", "sync", "waitForTaskToken"],
      "eks:call": ["request-response"],
      "eks:createCluster": ["request-response", "sync"],
      "http:invoke": ["request-response"],
      "bedrock:invokeModel": ["request-response"],
      "states:startExecution": ["request-response", "sync", "sync:2", "waitForTaskToken"],
      "lambda:invoke": ["request-response", "waitForTaskToken"],
      "dynamodb:getItem": ["request-response"],
    });
  });
});

describe("a pattern the integration does not offer (ASLC185)", () => {
  it("names the state, the integration, the pattern and those it offers, at the builder call", () => {
    const wf = jsonPathWorkflow().task("Results", { resource: "arn:aws:states:::athena:getQueryResults.sync", parameters: { QueryExecutionId: "q" } }); // @results
    const [found, ...rest] = patternErrors(wf);
    expect(rest).toEqual([]);
    expect(found!.state).toBe("Results");
    expect(found!.message).toBe(
      "state 'Results': athena:getQueryResults does not offer .sync, so Step Functions refuses the Resource 'arn:aws:states:::athena:getQueryResults.sync'; it offers: no suffix",
    );
    expect(found!.site).toMatchObject({ file: here, line: lineOf(source, "@results") });
  });

  it("a callback asked of a service without one, through service(…) or past the types", () => {
    const wf = jsonPathWorkflow()
      .task("Glue", { resource: service("glue", "startJobRun", { waitForTaskToken: true }), parameters: { JobName: "j" } })
      .task("Athena", { resource: athena.startQueryExecution({ waitForTaskToken: true } as never), parameters: { QueryString: "SELECT 1" } });
    expect(patternErrors(wf).map((d) => [d.state, d.message.replace(/.*it offers: /, "")])).toEqual([
      ["Glue", "no suffix, .sync"],
      ["Athena", "no suffix, .sync"],
    ]);
  });

  it("accepts every pattern a service offers, and leaves undescribed integrations alone", () => {
    const wf = jsonPathWorkflow()
      .task("Sync", { resource: athena.startQueryExecution({ sync: true }), parameters: { QueryString: "SELECT 1" } })
      .task("Callback", { resource: "arn:aws:states:::apigateway:invoke.waitForTaskToken", parameters: { ApiEndpoint: "e", Method: "GET" } })
      .task("Sync2", { resource: "arn:aws:states:::states:startExecution.sync:2", parameters: { StateMachineArn: "arn:sm" } })
      .task("Emr", { resource: "arn:aws:states:::elasticmapreduce:createCluster.sync", parameters: { Name: "c" } });
    expect(integrationDescriptor("elasticmapreduce:createCluster")).toBeUndefined();
    expect(patternErrors(wf)).toEqual([]);
  });
});
