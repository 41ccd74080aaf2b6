/** A Parallel whose branches each lambda:invoke a function version with the whole input. */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const Applicant = z.object({ data: z.object({ firstname: z.string(), lastname: z.string(), identity: z.object({ email: z.string(), ssn: z.string() }), address: z.object({ street: z.string(), city: z.string(), state: z.string(), zip: z.string() }) }) });

export const parallelLambdaInvokeVerify: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_input-output-example__md-block7.json",
  workflow: workflow("ParallelLambdaInvokeVerify", { input: Applicant, comment: "Sample state machine to verify an applicant's ID and address" }).parallel("Verify info", [
    (b) => b.task("Verify identity", { resource: lambda.invoke("arn:aws:lambda:us-east-2:111122223333:function:check-identity:$LATEST") }),
    (b) => b.task("Verify address", { resource: lambda.invoke("arn:aws:lambda:us-east-2:111122223333:function:check-address:$LATEST") }),
  ]),
};
