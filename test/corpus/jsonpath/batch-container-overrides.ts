/** A Batch job awaited (.sync) with container overrides, its parameters read from the input. */
import { z } from "zod";
import { batch, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const Input = z.object({ batchjob: z.object({ parameters: z.record(z.string(), z.string()) }) });

export const batchContainerOverrides: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_connect-batch__md-block0.json",
  workflow: workflow("BatchContainerOverrides", { input: Input }).task("BATCH_JOB", {
    resource: batch.submitJob({ sync: true }),
    parameters: {
      JobDefinition: "preprocessing",
      JobName: "PreprocessingBatchJob",
      JobQueue: "SecondaryQueue",
      "Parameters.$": "$.batchjob.parameters",
      ContainerOverrides: { ResourceRequirements: [{ Type: "VCPU", Value: "4" }] },
    },
  }),
};
