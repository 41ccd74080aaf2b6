/** A CodeBuild build awaited (.sync), its test reports fetched, and an SNS notice chosen by the first report's status. */
import { z } from "zod";
import { codebuild, sns, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const TOPIC = "arn:aws:sns:sa-east-1:123456789012:StepFunctionsSample-CodeBuildExecution3da9ead6-bc1f-4441-99ac-591c140019c4-SNSTopic-EVYLVNGW85JP";

export const codebuildTestsNotify: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_sample-project-codebuild__md-block0.json",
  workflow: workflow("CodebuildTestsNotify", { input: z.object({}), comment: "An example of using CodeBuild to run tests, get test results and send a notification." })
    .task("Trigger CodeBuild Build", {
      resource: codebuild.startBuild({ sync: true }),
      parameters: { ProjectName: "CodeBuildProject-Dtw1jBhEYGDf" },
    })
    .task("Get Test Results", {
      resource: codebuild.batchGetReports(),
      parameters: { "ReportArns.$": "$.Build.ReportArns" },
    })
    .choice("All Tests Passed?", (c) =>
      c
        .when(c.stringEquals("$.Reports[0].Status", "SUCCEEDED"), (b) => b.task("Notify Success", { resource: sns.publish(), parameters: { Message: "CodeBuild build tests succeeded", TopicArn: TOPIC } }))
        .otherwise((b) => b.task("Notify Failure", { resource: sns.publish(), parameters: { Message: "CodeBuild build tests failed", TopicArn: TOPIC } })),
    ),
};
