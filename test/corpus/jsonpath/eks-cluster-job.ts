/**
 * An EKS cluster created (.sync) with a node group, a Kubernetes job run on it whose logs are
 * searched for pi (a deep scan in the ResultSelector), a Choice on the value's range choosing
 * the SNS message (States.Format), then the job, node group and cluster deleted.
 */
import { z } from "zod";
import { eks, ref, service, sns, States, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const SUBNETS = ["subnet-0aacf887d9f00e6a7", "subnet-0e5fc41e7507194ab"];
const TOPIC = "arn:aws:sns:sa-east-1:111122223333:StepFunctionsSample-EKSClusterManagement123456789012-SNSTopic-ANPAJ2UCCR6DPCEXAMPLE";
const RETRY = [{ errorEquals: ["States.ALL"], intervalSeconds: 30, maxAttempts: 2, backoffRate: 2 }];
const Cluster = z.object({ Cluster: z.object({ CertificateAuthority: z.object({ Data: z.string() }), Endpoint: z.string() }) });

export const eksClusterJob: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_sample-eks-cluster__md-block0.json",
  workflow: workflow("EksClusterJob", { input: z.object({}), comment: "An example of the Amazon States Language for running Amazon EKS Cluster" })
    .task("Create an EKS cluster", {
      resource: service("eks", "createCluster", { sync: true }),
      parameters: { Name: "ExampleCluster", ResourcesVpcConfig: { SubnetIds: SUBNETS }, RoleArn: "arn:aws:iam::111122223333:role/StepFunctionsSample-EKSClusterManag-EKSServiceRole-ANPAJ2UCCR6DPCEXAMPLE" },
      result: Cluster,
      retry: RETRY,
      resultPath: "$.eks",
    })
    .task("Create a node group", {
      resource: service("eks", "createNodegroup", { sync: true }),
      parameters: {
        ClusterName: "ExampleCluster",
        NodegroupName: "ExampleNodegroup",
        NodeRole: "arn:aws:iam::111122223333:role/StepFunctionsSample-EKSClusterMan-NodeInstanceRole-ANPAJ2UCCR6DPCEXAMPLE",
        Subnets: SUBNETS,
      },
      retry: RETRY,
      resultPath: "$.nodegroup",
    })
    .task("Run a job on EKS", {
      resource: eks.runJob({ sync: true }),
      parameters: {
        ClusterName: "ExampleCluster",
        "CertificateAuthority.$": "$.eks.Cluster.CertificateAuthority.Data",
        "Endpoint.$": "$.eks.Cluster.Endpoint",
        LogOptions: { RetrieveLogs: true },
        Job: {
          apiVersion: "batch/v1",
          kind: "Job",
          metadata: { name: "example-job" },
          spec: {
            backoffLimit: 0,
            template: {
              metadata: { name: "example-job" },
              spec: { containers: [{ name: "pi-20", image: "perl", command: ["perl"], args: ["-Mbignum=bpi", "-wle", `print '{ ' . '"pi": '. bpi(20) . ' }';`] }], restartPolicy: "Never" },
            },
          },
        },
      },
      resultSelector: { "status.$": "$.status", "logs.$": "$.logs..pi" },
      resultPath: "$.RunJobResult",
    })
    .choice("Examine output", (c) =>
      c
        .when(c.and(c.numericGreaterThan("$.RunJobResult.logs[0]", 3.141), c.numericLessThan("$.RunJobResult.logs[0]", 3.142)), (b) =>
          b.task("Send expected result", {
            resource: sns.publish(),
            parameters: { TopicArn: TOPIC, Message: { Input: States.Format("Saw expected value for pi: {}", ref("$.RunJobResult.logs[0]")) } },
            resultPath: "$.SNSResult",
          }),
        )
        .otherwise((b) =>
          b.task("Send unexpected result", {
            resource: sns.publish(),
            parameters: { TopicArn: TOPIC, Message: { Input: States.Format("Saw unexpected value for pi: {}", ref("$.RunJobResult.logs[0]")) } },
            resultPath: "$.SNSResult",
          }),
        ),
    )
    .task("Delete job", {
      resource: eks.call(),
      parameters: {
        ClusterName: "ExampleCluster",
        "CertificateAuthority.$": "$.eks.Cluster.CertificateAuthority.Data",
        "Endpoint.$": "$.eks.Cluster.Endpoint",
        Method: "DELETE",
        Path: "/apis/batch/v1/namespaces/default/jobs/example-job",
      },
      resultSelector: { "status.$": "$.ResponseBody.status" },
      resultPath: "$.DeleteJobResult",
    })
    .task("Delete node group", { resource: service("eks", "deleteNodegroup", { sync: true }), parameters: { ClusterName: "ExampleCluster", NodegroupName: "ExampleNodegroup" } })
    .task("Delete cluster", { resource: service("eks", "deleteCluster", { sync: true }), parameters: { Name: "ExampleCluster" } }),
  escapes: [{ kind: "untyped integration", where: "States Create an EKS cluster, Create a node group, Delete node group and Delete cluster, Resource", why: "awaits typed eks:createCluster, createNodegroup, deleteNodegroup and deleteCluster helpers (eks.runJob and eks.call are typed)" }],
};
