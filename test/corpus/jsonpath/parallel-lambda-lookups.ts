/** A Parallel whose two branches each call a Lambda function by ARN. */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const parallelLambdaLookups: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_amazon-states-language-parallel-state__md-block0.json",
  workflow: workflow("ParallelLambdaLookups", { input: z.object({}), comment: "Parallel Example." }).parallel("LookupCustomerInfo", [
    (b) => b.task("LookupAddress", { resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:AddressFinder") }),
    (b) => b.task("LookupPhone", { resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:PhoneFinder") }),
  ]),
};
