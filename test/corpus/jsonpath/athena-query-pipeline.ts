/** Two Lambda functions, an Athena query awaited (.sync), its results fetched and published to SNS. */
import { z } from "zod";
import { athena, lambda, sns, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const athenaQueryPipeline: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_sample-athena-query__md-block0.json",
  workflow: workflow("AthenaQueryPipeline", { input: z.object({}) })
    .task("Generate example log", { resource: lambda.function("arn:aws:lambda:us-east-1:111122223333:function:StepFunctionsSample-Athena-LambdaForDataGeneration-AKIAIOSFODNN7EXAMPLE") })
    .task("Run Glue crawler", { resource: lambda.function("arn:aws:lambda:us-east-1:111122223333:function:StepFunctionsSample-Athen-LambdaForInvokingCrawler-AKIAI44QH8DHBEXAMPLE") })
    .task("Start an Athena query", {
      resource: athena.startQueryExecution({ sync: true }),
      parameters: { QueryString: 'SELECT * FROM "athena-sample-project-db-wJalrXUtnFEMI"."log" limit 1', WorkGroup: "stepfunctions-athena-sample-project-workgroup-wJalrXUtnFEMI" },
    })
    .task("Get query results", {
      resource: athena.getQueryResults(),
      parameters: { "QueryExecutionId.$": "$.QueryExecution.QueryExecutionId" },
    })
    .task("Send query results", {
      resource: sns.publish(),
      parameters: { TopicArn: "arn:aws:sns:us-east-1:111122223333:StepFunctionsSample-AthenaDataQueryd1111-2222-3333-777788889999-SNSTopic-ANPAJ2UCCR6DPCEXAMPLE", Message: { "Input.$": "$.ResultSet.Rows" } },
    }),
};
