/**
 * The results of the typed helpers flow through the compiler's schemas: a task's result is the
 * schema its descriptor gives for the pattern, the states after it read typed fields from it, and
 * a path to a field it lacks is told (a JSONPath template's problem, ASLC150 in JSONata).
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { apigateway, athena, batch, bedrock, buildWorkflow, codebuild, eks, glue, http, sagemaker, workflow, type Buildable, type Integration, type TaskNode } from "@aslc/dsl";
import { flowSchemas, type StateSchemas } from "@aslc/compiler/internal";
import { validateWorkflow } from "@aslc/compiler";
import { diagnose } from "../support/diagnose.ts";
import { flat } from "../contracts/support.ts";

const Input = z.object({ sql: z.string() });
/** Chains are loosely typed here: these tests are about the compiler, not the chain's types. */
const jsonPathWorkflow = (): any => workflow("W", { input: Input });
const jsonataWorkflow = (): any => workflow("W", { input: Input, queryLanguage: "JSONata" });

function state(wf: Buildable, name: string): StateSchemas {
  const found = flowSchemas(buildWorkflow(wf)).states.get(name);
  if (!found) throw new Error(`no state ${name}`);
  return found;
}

describe("JSONPath: the next state reads the result's fields", () => {
  const started = () => jsonPathWorkflow().task("Start", { resource: athena.startQueryExecution({ sync: true }), parameters: { "QueryString.$": "$.sql" } });

  it("athena .sync gives the QueryExecution, getQueryResults the rows", () => {
    const wf = started()
      .task("Results", { resource: athena.getQueryResults(), parameters: { "QueryExecutionId.$": "$.QueryExecution.QueryExecutionId" } })
      .pass("Rows", { parameters: { "rows.$": "$.ResultSet.Rows", "columns.$": "$.ResultSet.ResultSetMetadata.ColumnInfo[0].Name" } });
    const flow = flowSchemas(buildWorkflow(wf));
    expect(flow.problems).toEqual([]);
    expect(flat(flow.states.get("Results")!.effectiveInput!)).toBe("{ QueryExecutionId: string; }");
    expect(flat(flow.states.get("Rows")!.output)).toBe("{ rows: { Data: { VarCharValue?: string | undefined; }[]; }[]; columns: string; }");
  });

  it("a field the result lacks is a problem at the state that reads it, and is typed unknown", () => {
    const wf = started().task("Results", { resource: athena.getQueryResults(), parameters: { "QueryExecutionId.$": "$.QueryExecution.QueryExecutonId" } });
    const flow = flowSchemas(buildWorkflow(wf));
    expect(flow.problems).toEqual([{ state: "Results", scope: "workflow", message: "Parameters.QueryExecutionId.$: $.QueryExecution has no field 'QueryExecutonId'" }]);
    expect(flat(flow.states.get("Results")!.effectiveInput!)).toBe("{ QueryExecutionId: unknown; }");
  });

  it("without .sync, the result is the query's id alone", () => {
    const wf = jsonPathWorkflow().task("Start", { resource: athena.startQueryExecution(), parameters: { QueryString: "SELECT 1" } });
    expect(flat(state(wf, "Start").result!)).toBe("{ QueryExecutionId: string; }");
  });

  it("batch, glue, eks, apigateway and http results, by pattern", () => {
    const wf = jsonPathWorkflow()
      .task("Batch", { resource: batch.submitJob({ sync: true }), parameters: { JobName: "j", JobQueue: "q", JobDefinition: "d" }, resultSelector: { "status.$": "$.Status" }, resultPath: "$.batch" })
      .task("Glue", { resource: glue.startJobRun(), parameters: { JobName: "etl" }, resultSelector: { "id.$": "$.JobRunId" }, resultPath: "$.glue" })
      .task("Eks", {
        resource: eks.call(),
        parameters: { ClusterName: "c", CertificateAuthority: "ca", Endpoint: "https://e", Method: "GET", Path: "/api" },
        resultSelector: { "code.$": "$.StatusCode" },
        resultPath: "$.eks",
      })
      .task("Api", { resource: apigateway.invoke(), parameters: { ApiEndpoint: "e", Method: "GET" }, resultSelector: { "code.$": "$.StatusCode" }, resultPath: "$.api" })
      .task("Http", {
        resource: http.invoke(),
        parameters: { ApiEndpoint: "https://e", Method: "GET", Authentication: { ConnectionArn: "arn:c" } },
        resultSelector: { "text.$": "$.StatusText" },
        resultPath: "$.http",
      });
    const flow = flowSchemas(buildWorkflow(wf));
    expect(flow.problems).toEqual([]);
    expect(flat(flow.states.get("Http")!.output)).toBe(
      '{ sql: string; batch: { status: "SUBMITTED" | "PENDING" | "RUNNABLE" | "STARTING" | "RUNNING" | "SUCCEEDED" | "FAILED"; }; glue: { id: string; }; eks: { code: number; }; api: { code: number; }; http: { text: string; }; }',
    );
  });
});

describe("JSONata: $states.result is the descriptor's result", () => {
  it("reads a field of the result without a diagnostic", () => {
    const wf = jsonataWorkflow().task("Start", {
      resource: athena.startQueryExecution({ sync: true }),
      arguments: { QueryString: "{% $states.input.sql %}" },
      output: { id: "{% $states.result.QueryExecution.QueryExecutionId %}", state: "{% $states.result.QueryExecution.Status.State %}" },
    });
    expect(diagnose(wf).filter((d) => d.severity === "error")).toEqual([]);
    expect(flat(state(wf, "Start").output)).toBe('{ id: string; state: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELLED"; }');
  });

  it("a field the result lacks is ASLC150, naming the fields there are", () => {
    const wf = jsonataWorkflow().task("Start", {
      resource: athena.startQueryExecution({ sync: true }),
      arguments: { QueryString: "{% $states.input.sql %}" },
      output: { id: "{% $states.result.QueryExecution.QueryExecutonId %}" },
    });
    const found = validateWorkflow(buildWorkflow(wf)).filter((d) => d.code === "ASLC150");
    expect(found).toHaveLength(1);
    expect(found[0]!.state).toBe("Start");
    expect(found[0]!.message).toContain("has no field 'QueryExecutonId'");
    expect(found[0]!.message).toContain("QueryExecutionId");
  });
});

describe("a ${Name} placeholder as the Resource", () => {
  const resource = "${Service}" as const;
  const helpers: [string, Integration<any, any, any>, string][] = [
    ["athena.startQueryExecution", athena.startQueryExecution({ sync: true, resource }), "sync"],
    ["athena.getQueryExecution", athena.getQueryExecution({ resource }), "request-response"],
    ["athena.getQueryResults", athena.getQueryResults({ resource }), "request-response"],
    ["athena.stopQueryExecution", athena.stopQueryExecution({ resource }), "request-response"],
    ["batch.submitJob", batch.submitJob({ sync: true, resource }), "sync"],
    ["apigateway.invoke", apigateway.invoke({ waitForTaskToken: true, resource }), "waitForTaskToken"],
    ["http.invoke", http.invoke({ resource }), "request-response"],
    ["eks.call", eks.call({ resource }), "request-response"],
    ["eks.runJob", eks.runJob({ sync: true, resource }), "sync"],
    ["eks.createCluster", eks.createCluster({ sync: true, resource }), "sync"],
    ["eks.deleteCluster", eks.deleteCluster({ resource }), "request-response"],
    ["eks.createNodegroup", eks.createNodegroup({ sync: true, resource }), "sync"],
    ["eks.deleteNodegroup", eks.deleteNodegroup({ resource }), "request-response"],
    ["eks.createFargateProfile", eks.createFargateProfile({ sync: true, resource }), "sync"],
    ["eks.deleteFargateProfile", eks.deleteFargateProfile({ resource }), "request-response"],
    ["bedrock.invokeModel", bedrock.invokeModel({ resource }), "request-response"],
    ["glue.startJobRun", glue.startJobRun({ sync: true, resource }), "sync"],
    ["codebuild.startBuild", codebuild.startBuild({ sync: true, resource }), "sync"],
    ["codebuild.batchGetReports", codebuild.batchGetReports({ resource }), "request-response"],
    ["sagemaker.createTrainingJob", sagemaker.createTrainingJob({ sync: true, resource }), "sync"],
    ["sagemaker.createModel", sagemaker.createModel({ resource }), "request-response"],
    ["sagemaker.createTransformJob", sagemaker.createTransformJob({ sync: true, resource }), "sync"],
  ];

  it.each(helpers)("%s writes the placeholder and keeps its descriptor and pattern", (name, integration, pattern) => {
    const task = buildWorkflow(jsonPathWorkflow().task("Call", { resource: integration })).states[0] as TaskNode;
    expect(task.resource).toBe("${Service}");
    expect(task.integration.pattern).toBe(pattern);
    expect(task.integration.descriptor).toBe(name.replace(".", ":"));
  });
});
