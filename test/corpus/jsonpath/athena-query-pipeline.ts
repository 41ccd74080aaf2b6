/** Two Lambda functions, an Athena query awaited (.sync), its results fetched and published to SNS. */
import { z } from "zod";
import { lambda, service, sns, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const athenaQueryPipeline: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_sample-athena-query__md-block0.json",
  workflow: workflow("AthenaQueryPipeline", { input: z.object({}) })
    .task("Generate example log", { resource: lambda.function("arn:aws:lambda:us-east-1:111122223333:function:StepFunctionsSample-Athena-LambdaForDataGeneration-AKIAIOSFODNN7EXAMPLE") })
    .task("Run Glue crawler", { resource: lambda.function("arn:aws:lambda:us-east-1:111122223333:function:StepFunctionsSample-Athen-LambdaForInvokingCrawler-AKIAI44QH8DHBEXAMPLE") })
    .task("Start an Athena query", {
      resource: service("athena", "startQueryExecution", { sync: true }),
      parameters: { QueryString: 'SELECT * FROM "athena-sample-project-db-wJalrXUtnFEMI"."log" limit 1', WorkGroup: "stepfunctions-athena-sample-project-workgroup-wJalrXUtnFEMI" },
      result: z.object({ QueryExecution: z.object({ QueryExecutionId: z.string() }) }),
    })
    .task("Get query results", {
      resource: service("athena", "getQueryResults"),
      parameters: { "QueryExecutionId.$": "$.QueryExecution.QueryExecutionId" },
      result: z.object({ ResultSet: z.object({ Rows: z.array(z.object({ Data: z.array(z.object({ VarCharValue: z.string().optional() })) })) }) }),
    })
    .task("Send query results", {
      resource: sns.publish(),
      parameters: { TopicArn: "arn:aws:sns:us-east-1:111122223333:StepFunctionsSample-AthenaDataQueryd1111-2222-3333-777788889999-SNSTopic-ANPAJ2UCCR6DPCEXAMPLE", Message: { "Input.$": "$.ResultSet.Rows" } },
    }),
  escapes: [{ kind: "untyped integration", where: "States Start an Athena query and Get query results, Resource", why: "awaits typed athena:startQueryExecution and athena:getQueryResults helpers" }],
};
