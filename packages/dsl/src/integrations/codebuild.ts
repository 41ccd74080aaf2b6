/**
 * AWS CodeBuild: https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
 * (fields: https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StartBuild.html and
 * API_Build.html). StartBuild offers `.sync`; both forms return the build; CodeBuild offers no callback.
 */
import { z } from "zod";
import { describeIntegration } from "./descriptor.ts";
import { describedIntegration, type Integration } from "./integration.ts";
import { patternOf, type Sync, type Placeholder } from "./pattern-options.ts";
import { timestamp } from "./timestamp.ts";

/** A nested structure, passed on as written. */
const structure = z.record(z.string(), z.unknown());

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
  request: z.object({
    ProjectName: z.string(),
    SourceVersion: z.string().optional(),
    EnvironmentVariablesOverride: z
      .array(z.object({ Name: z.string(), Value: z.string(), Type: z.enum(["PLAINTEXT", "PARAMETER_STORE", "SECRETS_MANAGER"]).optional() }))
      .optional(),
    BuildspecOverride: z.string().optional(),
    ComputeTypeOverride: z.string().optional(),
    EnvironmentTypeOverride: z.string().optional(),
    ImageOverride: z.string().optional(),
    ImagePullCredentialsTypeOverride: z.enum(["CODEBUILD", "SERVICE_ROLE"]).optional(),
    TimeoutInMinutesOverride: z.number().optional(),
    QueuedTimeoutInMinutesOverride: z.number().optional(),
    IdempotencyToken: z.string().optional(),
    SourceTypeOverride: z.string().optional(),
    SourceLocationOverride: z.string().optional(),
    SourceAuthOverride: structure.optional(),
    GitCloneDepthOverride: z.number().optional(),
    GitSubmodulesConfigOverride: structure.optional(),
    InsecureSslOverride: z.boolean().optional(),
    ReportBuildStatusOverride: z.boolean().optional(),
    BuildStatusConfigOverride: structure.optional(),
    PrivilegedModeOverride: z.boolean().optional(),
    CertificateOverride: z.string().optional(),
    CacheOverride: structure.optional(),
    ServiceRoleOverride: z.string().optional(),
    EncryptionKeyOverride: z.string().optional(),
    LogsConfigOverride: structure.optional(),
    RegistryCredentialOverride: structure.optional(),
    ArtifactsOverride: structure.optional(),
    SecondaryArtifactsOverride: z.array(structure).optional(),
    SecondarySourcesOverride: z.array(structure).optional(),
    SecondarySourcesVersionOverride: z.array(structure).optional(),
    DebugSessionEnabled: z.boolean().optional(),
    FleetOverride: structure.optional(),
    AutoRetryLimitOverride: z.number().optional(),
  }),
  results: { "request-response": buildResult, sync: buildResult },
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
  startBuild<const O extends Sync & Placeholder = {}>(options: O = {} as O): Integration<CodeBuildStartBuildRequest, CodeBuildBuildResult> {
    return describedIntegration(codebuildStartBuild, patternOf(options), undefined, options.resource);
  },
  batchGetReports(options: Placeholder = {}): Integration<CodeBuildBatchGetReportsRequest, CodeBuildBatchGetReportsResult> {
    return describedIntegration(codebuildBatchGetReports, "request-response", undefined, options.resource);
  },
} as const;
