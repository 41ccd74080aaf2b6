/**
 * AWS CodeBuild: https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
 * (fields: https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StartBuild.html and
 * API_Build.html). StartBuild offers `.sync`; both forms return the build; CodeBuild offers no callback.
 */
import { z } from "zod";
import { describeIntegration } from "./descriptor.ts";
import { describedIntegration, type Integration } from "./integration.ts";
import { patternOf, type Sync } from "./pattern-options.ts";
import { timestamp } from "./timestamp.ts";

/** A build: the fields a started build has are typed, the rest (Phases, Logs, Environment, …) read as unknown. */
const build = z
  .object({
    Id: z.string(),
    Arn: z.string(),
    BuildNumber: z.number().optional(),
    BuildStatus: z.enum(["SUCCEEDED", "FAILED", "FAULT", "TIMED_OUT", "IN_PROGRESS", "STOPPED"]),
    BuildComplete: z.boolean().optional(),
    CurrentPhase: z.string().optional(),
    ProjectName: z.string(),
    SourceVersion: z.string().optional(),
    ResolvedSourceVersion: z.string().optional(),
    StartTime: timestamp.optional(),
    EndTime: timestamp.optional(),
    Initiator: z.string().optional(),
    ReportArns: z.array(z.string()).optional(),
  })
  .catchall(z.unknown());

const buildResult = z.object({ Build: build });

export const codebuildStartBuild = describeIntegration({
  service: "codebuild",
  action: "startBuild",
  // StartBuild takes some forty overrides: the common ones are typed, any other is passed on.
  request: z
    .object({
      ProjectName: z.string(),
      SourceVersion: z.string().optional(),
      EnvironmentVariablesOverride: z
        .array(z.object({ Name: z.string(), Value: z.string(), Type: z.enum(["PLAINTEXT", "PARAMETER_STORE", "SECRETS_MANAGER"]).optional() }))
        .optional(),
      BuildspecOverride: z.string().optional(),
      ComputeTypeOverride: z.string().optional(),
      ImageOverride: z.string().optional(),
      TimeoutInMinutesOverride: z.number().optional(),
      QueuedTimeoutInMinutesOverride: z.number().optional(),
      IdempotencyToken: z.string().optional(),
    })
    .catchall(z.unknown()),
  results: { "request-response": buildResult },
});

export const codebuildBatchGetReports = describeIntegration({
  service: "codebuild",
  action: "batchGetReports",
  request: z.object({ ReportArns: z.array(z.string()) }),
  results: {
    "request-response": z.object({
      Reports: z.array(
        z
          .object({ Arn: z.string(), Name: z.string().optional(), Type: z.enum(["TEST", "CODE_COVERAGE"]).optional(), Status: z.string().optional(), ReportGroupArn: z.string().optional() })
          .catchall(z.unknown()),
      ),
      ReportsNotFound: z.array(z.string()).optional(),
    }),
  },
});

export interface CodeBuildStartBuildRequest extends z.input<typeof codebuildStartBuild.request> {}
export interface CodeBuildBuildResult extends z.input<typeof buildResult> {}
export interface CodeBuildBatchGetReportsRequest extends z.input<typeof codebuildBatchGetReports.request> {}
export interface CodeBuildBatchGetReportsResult extends z.input<(typeof codebuildBatchGetReports.results)["request-response"]> {}

export const codebuild = {
  /** Start a build; `sync: true` waits for it to finish. Either way the result is the build. */
  startBuild<const O extends Sync = {}>(options: O = {} as O): Integration<CodeBuildStartBuildRequest, CodeBuildBuildResult> {
    return describedIntegration(codebuildStartBuild, patternOf(options));
  },
  batchGetReports(): Integration<CodeBuildBatchGetReportsRequest, CodeBuildBatchGetReportsResult> {
    return describedIntegration(codebuildBatchGetReports, "request-response");
  },
} as const;
