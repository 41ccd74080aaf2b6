/**
 * AWS Glue: https://docs.aws.amazon.com/step-functions/latest/dg/connect-glue.html
 * (fields: https://docs.aws.amazon.com/glue/latest/webapi/API_StartJobRun.html and API_JobRun.html).
 * StartJobRun offers `.sync`, which returns the finished JobRun's fields; Glue offers no callback.
 */
import { z } from "zod";
import { describeIntegration } from "./descriptor.ts";
import { describedIntegration, type Integration } from "./integration.ts";
import { patternOf, type Sync, type SyncResult, type Placeholder } from "./pattern-options.ts";
import { timestamp } from "./timestamp.ts";

const jobRunSettings = {
  Arguments: z.record(z.string(), z.string()).optional(),
  AllocatedCapacity: z.number().optional(),
  Timeout: z.number().optional(),
  MaxCapacity: z.number().optional(),
  SecurityConfiguration: z.string().optional(),
  NotificationProperty: z.object({ NotifyDelayAfter: z.number().optional() }).optional(),
  WorkerType: z.string().optional(),
  NumberOfWorkers: z.number().optional(),
  ExecutionClass: z.enum(["FLEX", "STANDARD"]).optional(),
};

/** The finished run: the fields every run has are typed, the rest read as unknown. */
const jobRun = z
  .object({
    Id: z.string(),
    Attempt: z.number().optional(),
    PreviousRunId: z.string().optional(),
    TriggerName: z.string().optional(),
    JobName: z.string(),
    JobRunState: z.enum(["STARTING", "RUNNING", "STOPPING", "STOPPED", "SUCCEEDED", "FAILED", "TIMEOUT", "ERROR", "WAITING", "EXPIRED"]),
    StartedOn: timestamp.optional(),
    LastModifiedOn: timestamp.optional(),
    CompletedOn: timestamp.optional(),
    ErrorMessage: z.string().optional(),
    ExecutionTime: z.number().optional(),
    GlueVersion: z.string().optional(),
    LogGroupName: z.string().optional(),
    ...jobRunSettings,
  })
  .catchall(z.unknown());

export const glueStartJobRun = describeIntegration({
  service: "glue",
  action: "startJobRun",
  request: z.object({
    JobName: z.string(),
    JobRunId: z.string().optional(),
    JobRunQueuingEnabled: z.boolean().optional(),
    ExecutionRoleSessionPolicy: z.string().optional(),
    ...jobRunSettings,
  }),
  results: { "request-response": z.object({ JobRunId: z.string() }), sync: jobRun },
});

export interface GlueStartJobRunRequest extends z.input<typeof glueStartJobRun.request> {}
export interface GlueStartJobRunResult extends z.input<(typeof glueStartJobRun.results)["request-response"]> {}
export interface GlueJobRun extends z.input<typeof jobRun> {}

export const glue = {
  /** Start a job run; `sync: true` waits for it to finish and returns the run. */
  startJobRun<const O extends Sync & Placeholder = {}>(options: O = {} as O): Integration<GlueStartJobRunRequest, SyncResult<O, GlueJobRun, GlueStartJobRunResult>> {
    return describedIntegration(glueStartJobRun, patternOf(options), undefined, options.resource);
  },
} as const;
