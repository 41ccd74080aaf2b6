/** An AWS SDK Glue lookup whose not-found error, caught by name, creates the table with Athena; both paths update it. */
import { z } from "zod";
import { athena, awsSdk, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const glueTableAthenaUpdate: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_sample-keep-data-updated__md-block0.json",
  workflow: workflow("GlueTableAthenaUpdate", {
    input: z.object({}),
    comment: "An example demonstrates how to use Athena to query a target table to get current data, then update it with new data from other sources.",
  })
    .task("Get Target Table", { resource: awsSdk("glue", "getTable"), parameters: { DatabaseName: "<GLUE_DATABASE_NAME>", Name: "target" } })
    .catch(["Glue.EntityNotFoundException"], (h) =>
      h.task("Create Target Table", { resource: athena.startQueryExecution({ sync: true }), parameters: { QueryString: "<ATHENA_QUERYSTRING>", WorkGroup: "<ATHENA_WORKGROUP>" } }),
    )
    .task("Update Target Table", { resource: athena.startQueryExecution({ sync: true }), parameters: { QueryString: "<ATHENA_QUERYSTRING>", WorkGroup: "<ATHENA_WORKGROUP>" } }),
  escapes: [{ kind: "untyped integration", where: "State Get Target Table Resource (aws-sdk:glue:getTable)", why: "no AWS SDK client is declared in AwsSdkClients for the corpus (@aws-sdk/client-glue is not installed, and a declaration would retype every test's awsSdk calls)" }],
};
