/** Four lambda:invoke calls of one function in a row, each with a fixed Payload message. */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const UPDATE = lambda.invoke("Checkpoint-UpdateDatabaseLambdaFunction-wJalrXUtnFEMI");

export const lambdaInvokeCheckpoints: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_sample-project-express-selective-checkpointing__md-block4.json",
  workflow: workflow("LambdaInvokeCheckpoints", { input: z.object({}) })
    .task("Update Order History", { resource: UPDATE, payload: { Message: "Update order history." } })
    .task("Update Data Warehouse", { resource: UPDATE, payload: { Message: "Update data warehouse." } })
    .task("Update Customer Profile", { resource: UPDATE, payload: { Message: "Update customer profile." } })
    .task("Update Inventory", { resource: UPDATE, payload: { Message: "Update inventory." } }),
};
