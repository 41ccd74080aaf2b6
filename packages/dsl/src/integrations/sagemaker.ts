/**
 * Amazon SageMaker: https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 * (fields: https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTrainingJob.html and
 * API_DescribeTrainingJob.html, API_CreateModel.html, API_CreateTransformJob.html). CreateTrainingJob
 * and CreateTransformJob offer `.sync`, which returns the finished job's description; SageMaker
 * offers no callback.
 */
import { z } from "zod";
import { describeIntegration } from "./descriptor.ts";
import { describedIntegration, type Integration } from "./integration.ts";
import { patternOf, type Sync, type SyncResult, type Placeholder } from "./pattern-options.ts";
import { timestamp } from "./timestamp.ts";

const structure = z.record(z.string(), z.unknown());

/** The job's settings, as CreateTrainingJob takes them and DescribeTrainingJob returns them. */
const trainingJobSettings = {
  TrainingJobName: z.string(),
  AlgorithmSpecification: structure,
  RoleArn: z.string(),
  OutputDataConfig: z.object({ S3OutputPath: z.string(), KmsKeyId: z.string().optional(), CompressionType: z.enum(["GZIP", "NONE"]).optional() }),
  ResourceConfig: structure,
  StoppingCondition: structure,
  HyperParameters: z.record(z.string(), z.string()).optional(),
  InputDataConfig: z.array(structure).optional(),
  VpcConfig: structure.optional(),
};

/** DescribeTrainingJob: the fields every job has are typed, the rest read as unknown. */
const trainingJob = z
  .object({
    ...trainingJobSettings,
    TrainingJobArn: z.string(),
    TrainingJobStatus: z.enum(["InProgress", "Completed", "Failed", "Stopping", "Stopped"]),
    SecondaryStatus: z.string(),
    FailureReason: z.string().optional(),
    ModelArtifacts: z.object({ S3ModelArtifacts: z.string() }),
    CreationTime: timestamp,
    TrainingStartTime: timestamp.optional(),
    TrainingEndTime: timestamp.optional(),
    LastModifiedTime: timestamp.optional(),
    BillableTimeInSeconds: z.number().optional(),
    FinalMetricDataList: z.array(z.object({ MetricName: z.string().optional(), Value: z.number().optional(), Timestamp: timestamp.optional() })).optional(),
  })
  .catchall(z.unknown());

export const sagemakerCreateTrainingJob = describeIntegration({
  service: "sagemaker",
  action: "createTrainingJob",
  request: z.object({
    ...trainingJobSettings,
    Tags: z.array(z.object({ Key: z.string(), Value: z.string() })).optional(),
    EnableNetworkIsolation: z.boolean().optional(),
    EnableInterContainerTrafficEncryption: z.boolean().optional(),
    EnableManagedSpotTraining: z.boolean().optional(),
    CheckpointConfig: structure.optional(),
    DebugHookConfig: structure.optional(),
    DebugRuleConfigurations: z.array(structure).optional(),
    TensorBoardOutputConfig: structure.optional(),
    ExperimentConfig: structure.optional(),
    ProfilerConfig: structure.optional(),
    ProfilerRuleConfigurations: z.array(structure).optional(),
    Environment: z.record(z.string(), z.string()).optional(),
    RetryStrategy: structure.optional(),
    RemoteDebugConfig: structure.optional(),
    InfraCheckConfig: structure.optional(),
    SessionChainingConfig: structure.optional(),
  }),
  results: { "request-response": z.object({ TrainingJobArn: z.string() }), sync: trainingJob },
});

export const sagemakerCreateModel = describeIntegration({
  service: "sagemaker",
  action: "createModel",
  request: z.object({
    ModelName: z.string(),
    ExecutionRoleArn: z.string().optional(),
    PrimaryContainer: structure.optional(),
    Containers: z.array(structure).optional(),
    InferenceExecutionConfig: structure.optional(),
    VpcConfig: structure.optional(),
    EnableNetworkIsolation: z.boolean().optional(),
    Tags: z.array(z.object({ Key: z.string(), Value: z.string() })).optional(),
  }),
  results: { "request-response": z.object({ ModelArn: z.string() }) },
});

/** The transform job's settings, as CreateTransformJob takes them and DescribeTransformJob returns them. */
const transformJobSettings = {
  TransformJobName: z.string(),
  ModelName: z.string(),
  TransformInput: structure,
  TransformOutput: z.object({ S3OutputPath: z.string(), Accept: z.string().optional(), AssembleWith: z.enum(["None", "Line"]).optional(), KmsKeyId: z.string().optional() }),
  TransformResources: structure,
  MaxConcurrentTransforms: z.number().optional(),
  MaxPayloadInMB: z.number().optional(),
  BatchStrategy: z.enum(["MultiRecord", "SingleRecord"]).optional(),
  Environment: z.record(z.string(), z.string()).optional(),
  DataProcessing: structure.optional(),
  ModelClientConfig: structure.optional(),
  DataCaptureConfig: structure.optional(),
  ExperimentConfig: structure.optional(),
};

/** DescribeTransformJob: the fields every job has are typed, the rest read as unknown. */
const transformJob = z
  .object({
    ...transformJobSettings,
    TransformJobArn: z.string(),
    TransformJobStatus: z.enum(["InProgress", "Completed", "Failed", "Stopping", "Stopped"]),
    FailureReason: z.string().optional(),
    CreationTime: timestamp,
    TransformStartTime: timestamp.optional(),
    TransformEndTime: timestamp.optional(),
  })
  .catchall(z.unknown());

export const sagemakerCreateTransformJob = describeIntegration({
  service: "sagemaker",
  action: "createTransformJob",
  request: z.object({ ...transformJobSettings, Tags: z.array(z.object({ Key: z.string(), Value: z.string() })).optional() }),
  results: { "request-response": z.object({ TransformJobArn: z.string() }), sync: transformJob },
});

export interface SageMakerCreateTrainingJobRequest extends z.input<typeof sagemakerCreateTrainingJob.request> {}
export interface SageMakerCreateTrainingJobResult extends z.input<(typeof sagemakerCreateTrainingJob.results)["request-response"]> {}
export interface SageMakerTrainingJob extends z.input<typeof trainingJob> {}

export interface SageMakerCreateModelRequest extends z.input<typeof sagemakerCreateModel.request> {}
export interface SageMakerCreateModelResult extends z.input<(typeof sagemakerCreateModel.results)["request-response"]> {}
export interface SageMakerCreateTransformJobRequest extends z.input<typeof sagemakerCreateTransformJob.request> {}
export interface SageMakerCreateTransformJobResult extends z.input<(typeof sagemakerCreateTransformJob.results)["request-response"]> {}
export interface SageMakerTransformJob extends z.input<typeof transformJob> {}

export const sagemaker = {
  /** Create a training job; `sync: true` waits for it to finish and returns its description. */
  createTrainingJob<const O extends Sync & Placeholder = {}>(
    options: O = {} as O,
  ): Integration<SageMakerCreateTrainingJobRequest, SyncResult<O, SageMakerTrainingJob, SageMakerCreateTrainingJobResult>> {
    return describedIntegration(sagemakerCreateTrainingJob, patternOf(options), undefined, options.resource);
  },
  createModel(options: Placeholder = {}): Integration<SageMakerCreateModelRequest, SageMakerCreateModelResult> {
    return describedIntegration(sagemakerCreateModel, "request-response", undefined, options.resource);
  },
  /** Create a batch transform job; `sync: true` waits for it to finish and returns its description. */
  createTransformJob<const O extends Sync & Placeholder = {}>(
    options: O = {} as O,
  ): Integration<SageMakerCreateTransformJobRequest, SyncResult<O, SageMakerTransformJob, SageMakerCreateTransformJobResult>> {
    return describedIntegration(sagemakerCreateTransformJob, patternOf(options), undefined, options.resource);
  },
} as const;
