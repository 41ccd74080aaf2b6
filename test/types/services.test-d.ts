// The typed helpers for the integrations real workflows use: each request is checked against
// the integration's request (a required field misspelt or missing is an error naming it), and each
// result is typed, so a path into it resolves and a misspelt one is an error. The requests are
// the AWS developer guide's samples from the shared corpus, written through the helpers.
import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import { apigateway, athena, batch, bedrock, codebuild, ecs, eks, glue, http, sagemaker, workflow, type Integration, type PayloadOf } from "@aslc/dsl";

const Input = z.object({
  sql: z.string(),
  batchjob: z.object({ parameters: z.record(z.string(), z.string()) }),
  NewPet: z.object({ name: z.string() }),
  eks: z.object({ Cluster: z.object({ Endpoint: z.string(), CertificateAuthority: z.object({ Data: z.string() }) }) }),
});

const start = workflow("Services", { input: Input });

type ResultOf<I> = I extends Integration<any, infer Result, any> ? Result : never;

describe("real requests type-check through the helpers", () => {
  test("athena: start a query and wait, then read its results (sample-athena-query)", () => {
    const wf = start
      .task("Start an Athena query", {
        resource: athena.startQueryExecution({ sync: true }),
        parameters: { QueryString: 'SELECT * FROM "db"."log" limit 1', WorkGroup: "primary", ResultConfiguration: { OutputLocation: "s3://example-results/" } },
      })
      .task("Get query results", { resource: athena.getQueryResults(), parameters: { "QueryExecutionId.$": "$.QueryExecution.QueryExecutionId" } })
      .pass("Rows", { parameters: { "rows.$": "$.ResultSet.Rows", "firstColumn.$": "$.ResultSet.ResultSetMetadata.ColumnInfo[0].Name" } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ rows: { Data: { VarCharValue?: string }[] }[]; firstColumn: string }>();
  });

  test("athena: the query's status, and stopping it", () => {
    const wf = start
      .task("Start", { resource: athena.startQueryExecution(), parameters: { "QueryString.$": "$.sql" } })
      .task("Status", { resource: athena.getQueryExecution(), parameters: { "QueryExecutionId.$": "$.QueryExecutionId" }, resultPath: "$.status" })
      .task("Stop", { resource: athena.stopQueryExecution(), parameters: { "QueryExecutionId.$": "$.QueryExecutionId" }, resultPath: null })
      .pass("State", { parameters: { "state.$": "$.status.QueryExecution.Status.State" } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ state: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELLED" }>();
  });

  test("batch: submit a job and wait (connect-batch)", () => {
    const wf = start.task("Submit Batch Job", {
      resource: batch.submitJob({ sync: true }),
      parameters: {
        JobDefinition: "preprocessing",
        JobName: "PreprocessingBatchJob",
        JobQueue: "SecondaryQueue",
        "Parameters.$": "$.batchjob.parameters",
        ContainerOverrides: { ResourceRequirements: [{ Type: "VCPU", Value: "4" }] },
      },
      resultSelector: { "status.$": "$.Status", "id.$": "$.JobId" },
    });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ status: "SUBMITTED" | "PENDING" | "RUNNABLE" | "STARTING" | "RUNNING" | "SUCCEEDED" | "FAILED"; id: string }>();
    expectTypeOf<ResultOf<ReturnType<typeof batch.submitJob<{}>>>>().toEqualTypeOf<{ JobArn?: string; JobId: string; JobName: string }>();
  });

  test("apigateway: post a pet (sample-apigateway-workflow)", () => {
    const wf = start.task("Add Pet to Store", {
      resource: apigateway.invoke(),
      parameters: { ApiEndpoint: "example.execute-api.us-east-1.amazonaws.com", Method: "POST", Stage: "default", Path: "pets", "RequestBody.$": "$.NewPet", AuthType: "IAM_ROLE" },
      resultSelector: { "ResponseBody.$": "$.ResponseBody", "status.$": "$.StatusCode" },
    });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ ResponseBody: unknown; status: number }>();
  });

  test("eks: run a job and wait, then delete it (sample-eks-cluster)", () => {
    const wf = start
      .task("Run a job on EKS", {
        resource: eks.runJob({ sync: true }),
        parameters: {
          ClusterName: "ExampleCluster",
          "CertificateAuthority.$": "$.eks.Cluster.CertificateAuthority.Data",
          "Endpoint.$": "$.eks.Cluster.Endpoint",
          LogOptions: { RetrieveLogs: true },
          Job: { apiVersion: "batch/v1", kind: "Job", metadata: { name: "example-job" } },
        },
        resultSelector: { "status.$": "$.status", "logs.$": "$.logs" },
        resultPath: "$.RunJobResult",
      })
      .task("Delete job", {
        resource: eks.call(),
        parameters: {
          ClusterName: "ExampleCluster",
          "CertificateAuthority.$": "$.eks.Cluster.CertificateAuthority.Data",
          "Endpoint.$": "$.eks.Cluster.Endpoint",
          Method: "DELETE",
          Path: "/apis/batch/v1/namespaces/default/jobs/example-job",
        },
        resultSelector: { "status.$": "$.ResponseBody", "code.$": "$.StatusCode" },
      });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ status: unknown; code: number }>();
  });

  test("eks: create a cluster and a node group, then reach the cluster's API (sample-eks-cluster)", () => {
    const wf = start
      .task("Create an EKS cluster", {
        resource: eks.createCluster({ sync: true }),
        parameters: { Name: "ExampleCluster", ResourcesVpcConfig: { SubnetIds: ["subnet-0aacf887d9f00e6a7"] }, RoleArn: "arn:aws:iam::111122223333:role/EKSServiceRole" },
        resultPath: "$.eks",
      })
      .task("Create a node group", {
        resource: eks.createNodegroup({ sync: true }),
        parameters: { ClusterName: "ExampleCluster", NodegroupName: "ExampleNodegroup", NodeRole: "arn:aws:iam::111122223333:role/NodeInstanceRole", Subnets: ["subnet-0aacf887d9f00e6a7"] },
        resultPath: "$.nodegroup",
      })
      .task("Run a job on EKS", {
        resource: eks.runJob({ sync: true }),
        parameters: {
          ClusterName: "ExampleCluster",
          "CertificateAuthority.$": "$.eks.Cluster.CertificateAuthority.Data",
          "Endpoint.$": "$.eks.Cluster.Endpoint",
          Job: { apiVersion: "batch/v1", kind: "Job" },
        },
        resultPath: null,
      })
      .task("Delete node group", { resource: eks.deleteNodegroup({ sync: true }), parameters: { ClusterName: "ExampleCluster", NodegroupName: "ExampleNodegroup" }, resultPath: null })
      .task("Delete cluster", { resource: eks.deleteCluster({ sync: true }), parameters: { Name: "ExampleCluster" }, resultSelector: { "status.$": "$.Cluster.Status" } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ status: "CREATING" | "ACTIVE" | "DELETING" | "FAILED" | "UPDATING" | "PENDING" }>();
  });

  test("bedrock: invoke a model", () => {
    const wf = start.task("Invoke model", {
      resource: bedrock.invokeModel(),
      parameters: { ModelId: "cohere.command-text-v14", Body: { "prompt.$": "$.sql", max_tokens: 250 } },
      resultSelector: { "body.$": "$.Body" },
    });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ body: unknown }>();
  });

  test("http: call an HTTPS API through a connection (call-https-apis)", () => {
    const wf = start.task("Call third-party API", {
      resource: http.invoke(),
      parameters: { ApiEndpoint: "https://api.stripe.com/v1/customers", Authentication: { ConnectionArn: "arn:aws:events:us-east-2:123456789012:connection/Stripe/81210c42" }, Method: "GET" },
      resultSelector: { "body.$": "$.ResponseBody", "text.$": "$.StatusText" },
    });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ body: unknown; text: string }>();
  });

  test("glue, codebuild and sagemaker: start and wait", () => {
    const ran = start.task("Glue", { resource: glue.startJobRun({ sync: true }), parameters: { JobName: "etl" }, resultSelector: { "state.$": "$.JobRunState", "id.$": "$.Id" } });
    expectTypeOf<PayloadOf<typeof ran>>().toEqualTypeOf<{
      state: "STARTING" | "RUNNING" | "STOPPING" | "STOPPED" | "SUCCEEDED" | "FAILED" | "TIMEOUT" | "ERROR" | "WAITING" | "EXPIRED";
      id: string;
    }>();
    const started = start.task("Glue", { resource: glue.startJobRun(), parameters: { JobName: "etl" } });
    expectTypeOf<PayloadOf<typeof started>>().toEqualTypeOf<{ JobRunId: string }>();
    const built = start
      .task("Trigger CodeBuild build", { resource: codebuild.startBuild({ sync: true }), parameters: { ProjectName: "CodeBuildProject-Dtw1jBhEYGDf" } })
      .task("Get Test Results", { resource: codebuild.batchGetReports(), parameters: { "ReportArns.$": "$.Build.ReportArns" }, resultSelector: { "arn.$": "$.Reports[0].Arn" } });
    expectTypeOf<PayloadOf<typeof built>>().toEqualTypeOf<{ arn: string }>();
    const trained = start.task("Train model", {
      resource: sagemaker.createTrainingJob({ sync: true }),
      parameters: {
        AlgorithmSpecification: { TrainingImage: "433757028032.dkr.ecr.us-west-2.amazonaws.com/xgboost:latest", TrainingInputMode: "File" },
        OutputDataConfig: { S3OutputPath: "s3://bucket/models" },
        StoppingCondition: { MaxRuntimeInSeconds: 86400 },
        ResourceConfig: { InstanceCount: 1, InstanceType: "ml.m4.xlarge", VolumeSizeInGB: 30 },
        RoleArn: "arn:aws:iam::123456789012:role/SageMakerAPIExecutionRole",
        HyperParameters: { objective: "reg:logistic", num_round: "5" },
        "TrainingJobName.$": "$$.Execution.Name",
      },
      resultSelector: { "model.$": "$.ModelArtifacts.S3ModelArtifacts", "name.$": "$.TrainingJobName" },
    });
    expectTypeOf<PayloadOf<typeof trained>>().toEqualTypeOf<{ model: string; name: string }>();
    // sample-train-model: the trained model, then a batch transform with it.
    const transformed = start
      .task("Train model", {
        resource: sagemaker.createTrainingJob({ sync: true }),
        parameters: {
          TrainingJobName: "job",
          AlgorithmSpecification: { TrainingInputMode: "File" },
          OutputDataConfig: { S3OutputPath: "s3://bucket/models" },
          StoppingCondition: {},
          ResourceConfig: {},
          RoleArn: "arn:aws:iam::123456789012:role/SageMaker",
        },
      })
      .task("Save Model", {
        resource: sagemaker.createModel(),
        parameters: {
          PrimaryContainer: { Image: "xgboost:latest", Environment: {}, "ModelDataUrl.$": "$.ModelArtifacts.S3ModelArtifacts" },
          ExecutionRoleArn: "arn:aws:iam::123456789012:role/SageMaker",
          "ModelName.$": "$.TrainingJobName",
        },
      })
      .task("Batch transform", {
        resource: sagemaker.createTransformJob({ sync: true }),
        parameters: {
          "ModelName.$": "$$.Execution.Name",
          TransformInput: { ContentType: "text/csv" },
          TransformOutput: { S3OutputPath: "s3://bucket/output" },
          TransformResources: { InstanceCount: 1, InstanceType: "ml.m4.xlarge" },
          "TransformJobName.$": "$$.Execution.Name",
        },
        resultSelector: { "status.$": "$.TransformJobStatus" },
      });
    expectTypeOf<PayloadOf<typeof transformed>>().toEqualTypeOf<{ status: "InProgress" | "Completed" | "Failed" | "Stopping" | "Stopped" }>();
  });
});

describe("a ${Name} placeholder as the Resource keeps the request and the result", () => {
  test("athena .sync through a placeholder", () => {
    const wf = start
      .task("Start", { resource: athena.startQueryExecution({ sync: true, resource: "${AthenaStartSync}" }), parameters: { "QueryString.$": "$.sql" } })
      .task("Get", { resource: athena.getQueryResults({ resource: "${AthenaResults}" }), parameters: { "QueryExecutionId.$": "$.QueryExecution.QueryExecutionId" } });
    expectTypeOf<PayloadOf<typeof wf>["ResultSet"]["Rows"]>().toEqualTypeOf<{ Data: { VarCharValue?: string }[] }[]>();
    start.task("Start", {
      resource: athena.startQueryExecution({ resource: "${AthenaStart}" }),
      // @ts-expect-error the Parameters lack the request field QueryString
      parameters: { WorkGroup: "primary" },
    });
  });
});

describe("requests that do not fit", () => {
  test("athena: QueryString misspelt", () => {
    start.task("Start", {
      resource: athena.startQueryExecution({ sync: true }),
      // @ts-expect-error 'QueryStrng' is not a field of this request
      parameters: { QueryStrng: "SELECT 1", WorkGroup: "primary" },
    });
  });

  test("athena: getQueryResults without the query's id", () => {
    start.task("Get", {
      resource: athena.getQueryResults(),
      // @ts-expect-error the Parameters lack the request field QueryExecutionId
      parameters: { MaxResults: 10 },
    });
  });

  test("batch: JobQueue missing", () => {
    start.task("Submit", {
      resource: batch.submitJob({ sync: true }),
      // @ts-expect-error the Parameters lack the request field JobQueue
      parameters: { JobName: "j", JobDefinition: "d" },
    });
  });

  test("apigateway: Method misspelt", () => {
    start.task("Call", {
      resource: apigateway.invoke(),
      // @ts-expect-error 'Metod' is not a field of this request
      parameters: { ApiEndpoint: "example.com", Metod: "GET" },
    });
  });

  test("eks: call without the cluster's endpoint", () => {
    start.task("Call", {
      resource: eks.call(),
      // @ts-expect-error the Parameters lack the request field Endpoint
      parameters: { ClusterName: "c", CertificateAuthority: "ca", Method: "GET", Path: "/api" },
    });
  });

  test("eks: runJob without the Job", () => {
    start.task("Run", {
      resource: eks.runJob({ sync: true }),
      // @ts-expect-error the Parameters lack the request field Job
      parameters: { ClusterName: "c", CertificateAuthority: "ca", Endpoint: "https://e" },
    });
  });

  test("bedrock: ModelId misspelt", () => {
    start.task("Invoke", {
      resource: bedrock.invokeModel(),
      // @ts-expect-error 'ModelID' is not a field of this request
      parameters: { ModelID: "m", Body: {} },
    });
  });

  test("http: ApiEndpoint missing", () => {
    start.task("Call", {
      resource: http.invoke(),
      // @ts-expect-error the Parameters lack the request field ApiEndpoint
      parameters: { Method: "GET", Authentication: { ConnectionArn: "arn:c" } },
    });
  });

  test("glue, codebuild and sagemaker: the job's name misspelt", () => {
    start.task("Glue", {
      resource: glue.startJobRun({ sync: true }),
      // @ts-expect-error 'Jobname' is not a field of this request
      parameters: { Jobname: "etl" },
    });
    start.task("Build", {
      resource: codebuild.startBuild(),
      // @ts-expect-error 'Project' is not a field of this request
      parameters: { Project: "p" },
    });
    start.task("Train", {
      resource: sagemaker.createTrainingJob(),
      // @ts-expect-error the Parameters lack the request field TrainingJobName
      parameters: { AlgorithmSpecification: {}, RoleArn: "r", OutputDataConfig: { S3OutputPath: "s3://b" }, ResourceConfig: {}, StoppingCondition: {} },
    });
  });

  test("ecs: a request that takes any other field still needs TaskDefinition", () => {
    start.task("Run", {
      resource: ecs.runTask({ sync: true }),
      // @ts-expect-error the Parameters lack the request field TaskDefinition
      parameters: { Cluster: "c", EnableExecuteCommand: true },
    });
    start.task("Run", { resource: ecs.runTask({ sync: true }), parameters: { TaskDefinition: "td", Cluster: "c", EnableExecuteCommand: true } });
  });

  test("eks: a node group without its subnets", () => {
    start.task("Create", {
      resource: eks.createNodegroup({ sync: true }),
      // @ts-expect-error the Parameters lack the request field Subnets
      parameters: { ClusterName: "c", NodegroupName: "n", NodeRole: "r" },
    });
  });

  test("sagemaker: a transform job without its model", () => {
    start.task("Transform", {
      resource: sagemaker.createTransformJob(),
      // @ts-expect-error the Parameters lack the request field ModelName
      parameters: { TransformJobName: "t", TransformInput: {}, TransformOutput: { S3OutputPath: "s3://b" }, TransformResources: {} },
    });
  });

  test("a pattern the service does not offer", () => {
    // @ts-expect-error 'waitForTaskToken' does not exist in type 'Sync & Placeholder'
    athena.startQueryExecution({ waitForTaskToken: true });
  });
});

describe("results: a misspelt path into them is an error", () => {
  test("athena .sync: QueryExecution's id", () => {
    start.task("Start", { resource: athena.startQueryExecution({ sync: true }), parameters: { QueryString: "SELECT 1" } }).task("Get", {
      resource: athena.getQueryResults(),
      // @ts-expect-error $.QueryExecution has no field 'QueryExecutonId'
      parameters: { "QueryExecutionId.$": "$.QueryExecution.QueryExecutonId" },
    });
  });

  test("athena without .sync returns the id alone", () => {
    start.task("Start", { resource: athena.startQueryExecution(), parameters: { QueryString: "SELECT 1" } }).task("Get", {
      resource: athena.getQueryResults(),
      // @ts-expect-error $ has no field 'QueryExecution'
      parameters: { "QueryExecutionId.$": "$.QueryExecution.QueryExecutionId" },
    });
  });

  test("apigateway: the response's fields", () => {
    start.task("Call", {
      resource: apigateway.invoke(),
      parameters: { ApiEndpoint: "example.com", Method: "GET" },
      // @ts-expect-error $ has no field 'Body'
      resultSelector: { "body.$": "$.Body" },
    });
  });

  test("a callback's result is what SendTaskSuccess sends, declared with result", () => {
    const wf = start.task("Approve", {
      resource: apigateway.invoke({ waitForTaskToken: true }),
      parameters: { ApiEndpoint: "example.com", Method: "POST", RequestBody: { "token.$": "$$.Task.Token" } },
      result: z.object({ approved: z.boolean() }),
    });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ approved: boolean }>();
  });
});
