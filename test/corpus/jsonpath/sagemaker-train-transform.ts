/** A Lambda seeds a dataset, SageMaker trains a model (.sync) named after the execution, saves it, and runs a batch transform (.sync). */
import { z } from "zod";
import { lambda, sagemaker, service, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const IMAGE = "433757028032.dkr.ecr.us-west-2.amazonaws.com/xgboost:latest";
const ROLE = "arn:aws:iam::123456789012:role/TrainAndBatchTransform-SageMakerAPIExecutionRole-Y9IX3DLF6EUO";
const BUCKET = "s3://trainandbatchtransform-s3bucket-1jn1le6gadwfz";

export const sagemakerTrainTransform: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_sample-train-model__md-block0.json",
  workflow: workflow("SagemakerTrainTransform", { input: z.object({}) })
    .task("Generate dataset", { resource: lambda.function("arn:aws:lambda:us-west-2:123456789012:function:TrainAndBatchTransform-SeedingFunction-17RNSOTG97HPV") })
    .task("Train model (XGBoost)", {
      resource: sagemaker.createTrainingJob({ sync: true }),
      parameters: {
        AlgorithmSpecification: { TrainingImage: IMAGE, TrainingInputMode: "File" },
        OutputDataConfig: { S3OutputPath: `${BUCKET}/models` },
        StoppingCondition: { MaxRuntimeInSeconds: 86400 },
        ResourceConfig: { InstanceCount: 1, InstanceType: "ml.m4.xlarge", VolumeSizeInGB: 30 },
        RoleArn: ROLE,
        InputDataConfig: [
          {
            DataSource: { S3DataSource: { S3DataDistributionType: "ShardedByS3Key", S3DataType: "S3Prefix", S3Uri: `${BUCKET}/csv/train.csv` } },
            ChannelName: "train",
            ContentType: "text/csv",
          },
        ],
        HyperParameters: { objective: "reg:logistic", eval_metric: "rmse", num_round: "5" },
        "TrainingJobName.$": "$$.Execution.Name",
      },
    })
    .task("Save Model", {
      resource: service("sagemaker", "createModel"),
      parameters: { PrimaryContainer: { Image: IMAGE, Environment: {}, "ModelDataUrl.$": "$.ModelArtifacts.S3ModelArtifacts" }, ExecutionRoleArn: ROLE, "ModelName.$": "$.TrainingJobName" },
    })
    .task("Batch transform", {
      resource: service("sagemaker", "createTransformJob", { sync: true }),
      parameters: {
        "ModelName.$": "$$.Execution.Name",
        TransformInput: { CompressionType: "None", ContentType: "text/csv", DataSource: { S3DataSource: { S3DataType: "S3Prefix", S3Uri: `${BUCKET}/csv/test.csv` } } },
        TransformOutput: { S3OutputPath: `${BUCKET}/output` },
        TransformResources: { InstanceCount: 1, InstanceType: "ml.m4.xlarge" },
        "TransformJobName.$": "$$.Execution.Name",
      },
    }),
  escapes: [{ kind: "untyped integration", where: "States Save Model and Batch transform, Resource", why: "awaits typed sagemaker:createModel and sagemaker:createTransformJob helpers (createTrainingJob is typed)" }],
};
