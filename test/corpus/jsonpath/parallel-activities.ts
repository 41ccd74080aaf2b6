/** A Parallel whose two branches each run an activity. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const parallelActivities: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_amazon-states-language-parallel-state__md-block1.json",
  workflow: workflow("ParallelActivities", { input: z.object({}), comment: "Parallel Example." }).parallel("FunWithMath", [
    (b) => b.task("Add", { resource: "arn:aws:states:us-east-1:123456789012:activity:Add" }),
    (b) => b.task("Subtract", { resource: "arn:aws:states:us-east-1:123456789012:activity:Subtract" }),
  ]),
  escapes: [{ kind: "raw resource", where: "States Add and Subtract, Resource", why: "activities have no typed helper: an activity ARN is written as the Resource string" }],
};
