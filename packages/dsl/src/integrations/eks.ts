/**
 * Amazon EKS: https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
 * `eks:call` calls the cluster's Kubernetes API (request-response); `eks:runJob` runs a Kubernetes
 * Job, and with `.sync` waits for it to finish and returns the Job, with its logs when
 * LogOptions.RetrieveLogs asks for them.
 */
import { z } from "zod";
import { describeIntegration } from "./descriptor.ts";
import { describedIntegration, type Integration } from "./integration.ts";
import { patternOf, type Callback, type Sync, type SyncResult } from "./pattern-options.ts";

/** How Step Functions reaches the cluster's API server. */
const cluster = z.object({ ClusterName: z.string(), CertificateAuthority: z.string(), Endpoint: z.string() });

const multiValued = z.record(z.string(), z.array(z.string()));

export const eksCall = describeIntegration({
  service: "eks",
  action: "call",
  request: cluster.extend({
    Method: z.enum(["GET", "POST", "PUT", "DELETE", "HEAD", "PATCH"]),
    Path: z.string(),
    QueryParameters: multiValued.optional(),
    RequestBody: z.unknown().optional(),
  }),
  results: {
    "request-response": z.object({
      ResponseBody: z.unknown(),
      Headers: multiValued.optional(),
      StatusCode: z.number(),
      StatusText: z.string(),
    }),
  },
});

/** A Kubernetes object: its standard parts typed, the rest read as unknown. */
const kubernetesJob = z
  .object({
    apiVersion: z.string().optional(),
    kind: z.string().optional(),
    metadata: z.record(z.string(), z.unknown()).optional(),
    spec: z.record(z.string(), z.unknown()).optional(),
    status: z.record(z.string(), z.unknown()).optional(),
  })
  .catchall(z.unknown());

export const eksRunJob = describeIntegration({
  service: "eks",
  action: "runJob",
  callback: true,
  request: cluster.extend({
    Namespace: z.string().optional(),
    Job: z.record(z.string(), z.unknown()),
    LogOptions: z
      .object({ RetrieveLogs: z.boolean().optional(), RawLogs: z.boolean().optional(), LogParameters: multiValued.optional() })
      .optional(),
  }),
  results: {
    "request-response": kubernetesJob,
    /** The finished Job, and its pods' logs by pod and container. */
    sync: kubernetesJob.extend({ logs: z.record(z.string(), z.unknown()).optional() }),
  },
});

export interface EksCallRequest extends z.input<typeof eksCall.request> {}
export interface EksCallResult extends z.input<(typeof eksCall.results)["request-response"]> {}
export interface EksRunJobRequest extends z.input<typeof eksRunJob.request> {}
export interface EksRunJobResult extends z.input<(typeof eksRunJob.results)["request-response"]> {}
export interface EksRunJobSyncResult extends z.input<(typeof eksRunJob.results)["sync"]> {}

export const eks = {
  /** Call the cluster's Kubernetes API. */
  call(): Integration<EksCallRequest, EksCallResult> {
    return describedIntegration(eksCall, "request-response");
  },
  /** Run a Kubernetes Job; `sync: true` waits for it to finish. */
  runJob<const O extends Callback & Sync = {}>(options: O = {} as O): Integration<EksRunJobRequest, SyncResult<O, EksRunJobSyncResult, EksRunJobResult>> {
    return describedIntegration(eksRunJob, patternOf(options));
  },
} as const;
