/** A Batch job submitted and awaited (.sync), its parameters read from the input, with a retry strategy. */
import { z } from "zod";
import { batch, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const Input = z.object({ batchjob: z.object({ parameters: z.record(z.string(), z.string()) }) });

export const batchSubmitJobSync: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_amazon-states-language-task-state__md-block7.json",
  workflow: workflow("BatchSubmitJobSync", { input: Input }).task("BATCH_JOB", {
    resource: batch.submitJob({ sync: true }),
    parameters: { JobDefinition: "preprocessing", JobName: "PreprocessingBatchJob", JobQueue: "SecondaryQueue", "Parameters.$": "$.batchjob.parameters", RetryStrategy: { attempts: 5 } },
  }),
};
