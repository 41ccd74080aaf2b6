/**
 * AWS Batch: https://docs.aws.amazon.com/step-functions/latest/dg/connect-batch.html
 * (fields: https://docs.aws.amazon.com/batch/latest/APIReference/API_SubmitJob.html and
 * API_DescribeJobs.html). SubmitJob offers `.sync`, which returns the job's description once it
 * has finished; Batch offers no callback.
 */
import { z } from "zod";
import { describeIntegration } from "./descriptor.ts";
import { describedIntegration, type Integration } from "./integration.ts";
import { patternOf, type Sync, type SyncResult, type Placeholder } from "./pattern-options.ts";
import { timestamp } from "./timestamp.ts";

/** A nested structure passed on to Batch as written (the AWS samples spell its fields in either case). */
const passedOn = z.record(z.string(), z.unknown());

const dependsOn = z.array(z.object({ JobId: z.string().optional(), Type: z.enum(["N_TO_N", "SEQUENTIAL"]).optional() }));

/** DescribeJobs' job detail: the fields every job has are typed, the rest (Container, NodeDetails, …) read as unknown. */
const jobDetail = z
  .object({
    JobArn: z.string().optional(),
    JobName: z.string(),
    JobId: z.string(),
    JobQueue: z.string(),
    Status: z.enum(["SUBMITTED", "PENDING", "RUNNABLE", "STARTING", "RUNNING", "SUCCEEDED", "FAILED"]),
    StatusReason: z.string().optional(),
    Attempts: z.array(z.unknown()).optional(),
    CreatedAt: timestamp.optional(),
    StartedAt: timestamp.optional(),
    StoppedAt: timestamp.optional(),
    DependsOn: dependsOn.optional(),
    JobDefinition: z.string(),
    Parameters: z.record(z.string(), z.string()).optional(),
    Tags: z.record(z.string(), z.string()).optional(),
  })
  .catchall(z.unknown());

export const batchSubmitJob = describeIntegration({
  service: "batch",
  action: "submitJob",
  request: z.object({
    JobName: z.string(),
    JobQueue: z.string(),
    JobDefinition: z.string(),
    ArrayProperties: passedOn.optional(),
    ContainerOverrides: passedOn.optional(),
    DependsOn: dependsOn.optional(),
    EcsPropertiesOverride: passedOn.optional(),
    EksPropertiesOverride: passedOn.optional(),
    NodeOverrides: passedOn.optional(),
    Parameters: z.record(z.string(), z.string()).optional(),
    PropagateTags: z.boolean().optional(),
    RetryStrategy: passedOn.optional(),
    SchedulingPriorityOverride: z.number().optional(),
    ShareIdentifier: z.string().optional(),
    Tags: z.record(z.string(), z.string()).optional(),
    Timeout: passedOn.optional(),
  }),
  results: {
    "request-response": z.object({ JobArn: z.string().optional(), JobId: z.string(), JobName: z.string() }),
    sync: jobDetail,
  },
});

export interface BatchSubmitJobRequest extends z.input<typeof batchSubmitJob.request> {}
export interface BatchSubmitJobResult extends z.input<(typeof batchSubmitJob.results)["request-response"]> {}
export interface BatchJobDetail extends z.input<typeof jobDetail> {}

export const batch = {
  /** Submit a job; `sync: true` waits for it to finish and returns its description. */
  submitJob<const O extends Sync & Placeholder = {}>(options: O = {} as O): Integration<BatchSubmitJobRequest, SyncResult<O, BatchJobDetail, BatchSubmitJobResult>> {
    return describedIntegration(batchSubmitJob, patternOf(options), undefined, options.resource);
  },
} as const;
