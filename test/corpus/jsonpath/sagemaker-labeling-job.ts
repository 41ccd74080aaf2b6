/** A SageMaker labeling job awaited (.sync), and a Choice that succeeds when it returns an ARN and fails otherwise. */
import { z } from "zod";
import { service, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const sagemakerLabelingJob: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_connect-sagemaker__md-block2.json",
  workflow: workflow("SagemakerLabelingJob", { input: z.object({}), timeoutSeconds: 3600 })
    .task("SageMaker CreateLabelingJob", {
      resource: service("sagemaker", "createLabelingJob", { sync: true }),
      parameters: {
        HumanTaskConfig: {
          AnnotationConsolidationConfig: { AnnotationConsolidationLambdaArn: "arn:aws:lambda:us-west-2:123456789012:function:ACS-TextMultiClass" },
          NumberOfHumanWorkersPerDataObject: 1,
          PreHumanTaskLambdaArn: "arn:aws:lambda:us-west-2:123456789012:function:PRE-TextMultiClass",
          TaskDescription: "Classify the following text",
          TaskKeywords: ["tc", "Labeling"],
          TaskTimeLimitInSeconds: 300,
          TaskTitle: "Classify short bits of text",
          UiConfig: { UiTemplateS3Uri: "s3://s3bucket-example/TextClassification.template" },
          WorkteamArn: "arn:aws:sagemaker:us-west-2:123456789012:workteam/private-crowd/ExampleTesting",
        },
        InputConfig: {
          DataAttributes: { ContentClassifiers: ["FreeOfPersonallyIdentifiableInformation", "FreeOfAdultContent"] },
          DataSource: { S3DataSource: { ManifestS3Uri: "s3://s3bucket-example/manifest.json" } },
        },
        LabelAttributeName: "Categories",
        LabelCategoryConfigS3Uri: "s3://s3bucket-example/labelcategories.json",
        LabelingJobName: "example-job-name",
        OutputConfig: { S3OutputPath: "s3://s3bucket-example/output" },
        RoleArn: "arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole",
        StoppingConditions: { MaxHumanLabeledObjectCount: 10000, MaxPercentageOfInputDatasetLabeled: 100 },
      },
      result: z.object({ LabelingJobArn: z.string() }),
    })
    .choice("ValidateOutput", (c) =>
      c
        .when(c.not(c.stringEquals("$.LabelingJobArn", "")), (b) => b.succeed("Succeed"))
        .otherwise((b) => b.fail("Fail", { error: "InvalidOutput", cause: "Output is not what was expected. This could be due to a service outage or a misconfigured service integration." })),
    ),
  escapes: [{ kind: "untyped integration", where: "State SageMaker CreateLabelingJob Resource", why: "awaits a typed sagemaker:createLabelingJob helper" }],
};
