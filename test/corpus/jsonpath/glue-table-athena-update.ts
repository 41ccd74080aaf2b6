/** An AWS SDK Glue lookup whose not-found error, caught by name, creates the table with Athena; both paths update it. */
import { z } from "zod";
import { awsSdk, service, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const glueTableAthenaUpdate: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_sample-keep-data-updated__md-block0.json",
  workflow: workflow("GlueTableAthenaUpdate", {
    input: z.object({}),
    comment: "An example demonstrates how to use Athena to query a target table to get current data, then update it with new data from other sources.",
  })
    .task("Get Target Table", { resource: awsSdk("glue", "getTable"), parameters: { DatabaseName: "<GLUE_DATABASE_NAME>", Name: "target" } })
    .catch(["Glue.EntityNotFoundException"], (h) =>
      h.task("Create Target Table", { resource: service("athena", "startQueryExecution", { sync: true }), parameters: { QueryString: "<ATHENA_QUERYSTRING>", WorkGroup: "<ATHENA_WORKGROUP>" } }),
    )
    .task("Update Target Table", { resource: service("athena", "startQueryExecution", { sync: true }), parameters: { QueryString: "<ATHENA_QUERYSTRING>", WorkGroup: "<ATHENA_WORKGROUP>" } }),
  escapes: [{ kind: "untyped integration", where: "Every state's Resource", why: "awaits typed aws-sdk:glue:getTable (from the SDK's declarations) and athena:startQueryExecution helpers" }],
};
