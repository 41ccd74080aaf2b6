/**
 * Athena queries in sequence and in parallel: a Lambda generates data, a query loads it, two
 * branches each run a query and fetch its rows, a ResultSelector picks both row sets, and every
 * outcome (failures caught by name) ends in an SNS notice.
 */
import { z } from "zod";
import { athena, lambda, sns, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";


export const athenaParallelQueries: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_run-multiple-queries__md-block0.json",
  workflow: workflow("AthenaParallelQueries", { input: z.object({}), comment: "An example of using Athena to execute queries in sequence and parallel, with error handling and notifications." })
    .task("Generate Example Data", { resource: lambda.invoke("<ATHENA_FUNCTION_NAME>"), parameters: { FunctionName: "<ATHENA_FUNCTION_NAME>" }, result: z.object({}), outputPath: "$.Payload" })
    .task("Load Data to Database", {
      resource: athena.startQueryExecution({ sync: true }),
      parameters: { QueryString: "<ATHENA_QUERYSTRING>", WorkGroup: "<ATHENA_WORKGROUP>" },
    })
    .catch(["States.ALL"], "Send query results")
    .parallel(
      "Map",
      [
        (b) =>
          b
            .task("Start Athena query 1", { resource: athena.startQueryExecution({ sync: true }), parameters: { QueryString: "<ATHENA_QUERYSTRING>", WorkGroup: "<ATHENA_WORKGROUP>" } })
            .task("Get Athena query 1 results", { resource: athena.getQueryResults(), parameters: { "QueryExecutionId.$": "$.QueryExecution.QueryExecutionId" } }),
        (b) =>
          b
            .task("Start Athena query 2", { resource: athena.startQueryExecution({ sync: true }), parameters: { QueryString: "<ATHENA_QUERYSTRING>", WorkGroup: "<ATHENA_WORKGROUP>" } })
            .task("Get Athena query 2 results", { resource: athena.getQueryResults(), parameters: { "QueryExecutionId.$": "$.QueryExecution.QueryExecutionId" } }),
      ],
      { resultSelector: { "Query1Result.$": "$[0].ResultSet.Rows", "Query2Result.$": "$[1].ResultSet.Rows" } },
    )
    .catch(["States.ALL"], "Send query results")
    .task("Send query results", { resource: sns.publish(), parameters: { "Message.$": "$", TopicArn: "<SNS_TOPIC_ARN>" } }),
};
