/**
 * Amazon EKS: https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
 * (cluster fields: https://docs.aws.amazon.com/eks/latest/APIReference/). `eks:call` calls the
 * cluster's Kubernetes API (request-response); `eks:runJob` runs a Kubernetes Job, and with
 * `.sync` waits for it to finish and returns the Job, with its logs when LogOptions.RetrieveLogs
 * asks for them. Creating and deleting clusters, node groups and Fargate profiles offer `.sync`,
 * which waits until the resource is active (or gone) and returns it.
 */
import { z } from "zod";
import { describeIntegration } from "./descriptor.ts";
import { describedIntegration, type Integration } from "./integration.ts";
import { patternOf, type Callback, type Sync, type SyncResult, type Placeholder } from "./pattern-options.ts";
import { timestamp } from "./timestamp.ts";
import { httpResponse, multiValued } from "./http-response.ts";

/** How Step Functions reaches the cluster's API server. */
const clusterAccess = z.object({ ClusterName: z.string(), CertificateAuthority: z.string(), Endpoint: z.string() });

export const eksCall = describeIntegration({
  service: "eks",
  action: "call",
  request: clusterAccess.extend({
    Method: z.enum(["GET", "POST", "PUT", "DELETE", "HEAD", "PATCH"]),
    Path: z.string(),
    QueryParameters: multiValued.optional(),
    RequestBody: z.unknown().optional(),
  }),
  results: {
    "request-response": httpResponse,
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
  request: clusterAccess.extend({
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

const structure = z.record(z.string(), z.unknown());
const tags = z.record(z.string(), z.string());

/** A cluster as the EKS API describes it: its identity and status typed, the rest read as unknown. */
const cluster = z
  .object({
    Name: z.string(),
    Arn: z.string(),
    Status: z.enum(["CREATING", "ACTIVE", "DELETING", "FAILED", "UPDATING", "PENDING"]),
    CreatedAt: timestamp.optional(),
    Version: z.string().optional(),
    /** Set once the cluster is active. */
    Endpoint: z.string().optional(),
    RoleArn: z.string().optional(),
    CertificateAuthority: z.object({ Data: z.string().optional() }).optional(),
    ResourcesVpcConfig: structure.optional(),
    Tags: tags.optional(),
  })
  .catchall(z.unknown());

const nodegroup = z
  .object({
    NodegroupName: z.string(),
    NodegroupArn: z.string(),
    ClusterName: z.string(),
    Status: z.enum(["CREATING", "ACTIVE", "UPDATING", "DELETING", "CREATE_FAILED", "DELETE_FAILED", "DEGRADED"]),
    CreatedAt: timestamp.optional(),
    NodeRole: z.string().optional(),
    Subnets: z.array(z.string()).optional(),
    Tags: tags.optional(),
  })
  .catchall(z.unknown());

const fargateProfile = z
  .object({
    FargateProfileName: z.string(),
    FargateProfileArn: z.string(),
    ClusterName: z.string(),
    Status: z.enum(["CREATING", "ACTIVE", "DELETING", "CREATE_FAILED", "DELETE_FAILED"]),
    CreatedAt: timestamp.optional(),
    PodExecutionRoleArn: z.string().optional(),
    Subnets: z.array(z.string()).optional(),
    Selectors: z.array(z.object({ Namespace: z.string().optional(), Labels: tags.optional() })).optional(),
    Tags: tags.optional(),
  })
  .catchall(z.unknown());

/** The API's response, the same once `.sync` has waited. */
const waited = <R extends z.ZodType>(result: R) => ({ "request-response": result, sync: result });

const clusterResult = z.object({ Cluster: cluster });
const nodegroupResult = z.object({ Nodegroup: nodegroup });
const fargateProfileResult = z.object({ FargateProfile: fargateProfile });

export const eksCreateCluster = describeIntegration({
  service: "eks",
  action: "createCluster",
  request: z.object({
    Name: z.string(),
    RoleArn: z.string(),
    ResourcesVpcConfig: z.object({
      SubnetIds: z.array(z.string()).optional(),
      SecurityGroupIds: z.array(z.string()).optional(),
      EndpointPublicAccess: z.boolean().optional(),
      EndpointPrivateAccess: z.boolean().optional(),
      PublicAccessCidrs: z.array(z.string()).optional(),
    }),
    Version: z.string().optional(),
    KubernetesNetworkConfig: structure.optional(),
    Logging: structure.optional(),
    ClientRequestToken: z.string().optional(),
    Tags: tags.optional(),
    EncryptionConfig: z.array(structure).optional(),
    OutpostConfig: structure.optional(),
    AccessConfig: structure.optional(),
    BootstrapSelfManagedAddons: z.boolean().optional(),
    UpgradePolicy: structure.optional(),
    ZonalShiftConfig: structure.optional(),
    RemoteNetworkConfig: structure.optional(),
    ComputeConfig: structure.optional(),
    StorageConfig: structure.optional(),
  }),
  results: waited(clusterResult),
});

export const eksDeleteCluster = describeIntegration({
  service: "eks",
  action: "deleteCluster",
  request: z.object({ Name: z.string() }),
  results: waited(clusterResult),
});

export const eksCreateNodegroup = describeIntegration({
  service: "eks",
  action: "createNodegroup",
  request: z.object({
    ClusterName: z.string(),
    NodegroupName: z.string(),
    Subnets: z.array(z.string()),
    NodeRole: z.string(),
    ScalingConfig: z.object({ MinSize: z.number().optional(), MaxSize: z.number().optional(), DesiredSize: z.number().optional() }).optional(),
    DiskSize: z.number().optional(),
    InstanceTypes: z.array(z.string()).optional(),
    AmiType: z.string().optional(),
    RemoteAccess: structure.optional(),
    Labels: tags.optional(),
    Taints: z.array(structure).optional(),
    Tags: tags.optional(),
    ClientRequestToken: z.string().optional(),
    LaunchTemplate: structure.optional(),
    UpdateConfig: structure.optional(),
    NodeRepairConfig: structure.optional(),
    CapacityType: z.enum(["ON_DEMAND", "SPOT", "CAPACITY_BLOCK"]).optional(),
    Version: z.string().optional(),
    ReleaseVersion: z.string().optional(),
  }),
  results: waited(nodegroupResult),
});

export const eksDeleteNodegroup = describeIntegration({
  service: "eks",
  action: "deleteNodegroup",
  request: z.object({ ClusterName: z.string(), NodegroupName: z.string() }),
  results: waited(nodegroupResult),
});

export const eksCreateFargateProfile = describeIntegration({
  service: "eks",
  action: "createFargateProfile",
  request: z.object({
    ClusterName: z.string(),
    FargateProfileName: z.string(),
    PodExecutionRoleArn: z.string(),
    Subnets: z.array(z.string()).optional(),
    Selectors: z.array(z.object({ Namespace: z.string().optional(), Labels: tags.optional() })).optional(),
    ClientRequestToken: z.string().optional(),
    Tags: tags.optional(),
  }),
  results: waited(fargateProfileResult),
});

export const eksDeleteFargateProfile = describeIntegration({
  service: "eks",
  action: "deleteFargateProfile",
  request: z.object({ ClusterName: z.string(), FargateProfileName: z.string() }),
  results: waited(fargateProfileResult),
});

export interface EksCallRequest extends z.input<typeof eksCall.request> {}
export interface EksCallResult extends z.input<(typeof eksCall.results)["request-response"]> {}
export interface EksRunJobRequest extends z.input<typeof eksRunJob.request> {}
export interface EksRunJobResult extends z.input<(typeof eksRunJob.results)["request-response"]> {}
export interface EksRunJobSyncResult extends z.input<(typeof eksRunJob.results)["sync"]> {}

export interface EksCreateClusterRequest extends z.input<typeof eksCreateCluster.request> {}
export interface EksDeleteClusterRequest extends z.input<typeof eksDeleteCluster.request> {}
export interface EksClusterResult extends z.input<typeof clusterResult> {}
export interface EksCreateNodegroupRequest extends z.input<typeof eksCreateNodegroup.request> {}
export interface EksDeleteNodegroupRequest extends z.input<typeof eksDeleteNodegroup.request> {}
export interface EksNodegroupResult extends z.input<typeof nodegroupResult> {}
export interface EksCreateFargateProfileRequest extends z.input<typeof eksCreateFargateProfile.request> {}
export interface EksDeleteFargateProfileRequest extends z.input<typeof eksDeleteFargateProfile.request> {}
export interface EksFargateProfileResult extends z.input<typeof fargateProfileResult> {}

export const eks = {
  /** Call the cluster's Kubernetes API. */
  call(options: Placeholder = {}): Integration<EksCallRequest, EksCallResult> {
    return describedIntegration(eksCall, "request-response", undefined, options.resource);
  },
  /** Run a Kubernetes Job; `sync: true` waits for it to finish. */
  runJob<const O extends Callback & Sync & Placeholder = {}>(options: O = {} as O): Integration<EksRunJobRequest, SyncResult<O, EksRunJobSyncResult, EksRunJobResult>> {
    return describedIntegration(eksRunJob, patternOf(options), undefined, options.resource);
  },
  /** Create a cluster; `sync: true` waits until it is active (its Endpoint and CertificateAuthority are set then). */
  createCluster(options: Sync & Placeholder = {}): Integration<EksCreateClusterRequest, EksClusterResult> {
    return describedIntegration(eksCreateCluster, patternOf(options), undefined, options.resource);
  },
  deleteCluster(options: Sync & Placeholder = {}): Integration<EksDeleteClusterRequest, EksClusterResult> {
    return describedIntegration(eksDeleteCluster, patternOf(options), undefined, options.resource);
  },
  createNodegroup(options: Sync & Placeholder = {}): Integration<EksCreateNodegroupRequest, EksNodegroupResult> {
    return describedIntegration(eksCreateNodegroup, patternOf(options), undefined, options.resource);
  },
  deleteNodegroup(options: Sync & Placeholder = {}): Integration<EksDeleteNodegroupRequest, EksNodegroupResult> {
    return describedIntegration(eksDeleteNodegroup, patternOf(options), undefined, options.resource);
  },
  createFargateProfile(options: Sync & Placeholder = {}): Integration<EksCreateFargateProfileRequest, EksFargateProfileResult> {
    return describedIntegration(eksCreateFargateProfile, patternOf(options), undefined, options.resource);
  },
  deleteFargateProfile(options: Sync & Placeholder = {}): Integration<EksDeleteFargateProfileRequest, EksFargateProfileResult> {
    return describedIntegration(eksDeleteFargateProfile, patternOf(options), undefined, options.resource);
  },
} as const;
