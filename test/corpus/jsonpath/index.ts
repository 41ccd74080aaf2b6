/** Every JSONPath corpus definition rebuilt with the typed DSL, in the order the test lists them. */
import { batchContainerOverrides } from "./batch-container-overrides.ts";
import { batchJobNotification } from "./batch-job-notification.ts";
import { batchSubmitJobSync } from "./batch-submit-job-sync.ts";
import { choiceNumericLambda } from "./choice-numeric-lambda.ts";
import { ecsRunTaskCallback } from "./ecs-run-task-callback.ts";
import { ecsRunTaskSync } from "./ecs-run-task-sync.ts";
import { lambdaCatchHandledError } from "./lambda-catch-handled-error.ts";
import { lambdaCatchTaskFailed } from "./lambda-catch-task-failed.ts";
import { lambdaFunctionArn } from "./lambda-function-arn.ts";
import { lambdaInvokeCallbackQualifier } from "./lambda-invoke-callback-qualifier.ts";
import { lambdaInvokeEvent } from "./lambda-invoke-event.ts";
import { lambdaInvokeNoPayload } from "./lambda-invoke-no-payload.ts";
import { lambdaInvokePayloadTemplate } from "./lambda-invoke-payload-template.ts";
import { lambdaRetryHandledError } from "./lambda-retry-handled-error.ts";
import { lambdaRetryTaskFailed } from "./lambda-retry-task-failed.ts";
import { lambdaTimeoutCatch } from "./lambda-timeout-catch.ts";
import { lambdaTimeoutRetry } from "./lambda-timeout-retry.ts";
import { machineTimeoutVersion } from "./machine-timeout-version.ts";
import { parallelActivities } from "./parallel-activities.ts";
import { parallelLambdaLookups } from "./parallel-lambda-lookups.ts";
import { passHelloWorld } from "./pass-hello-world.ts";
import { snsPublishAttributes } from "./sns-publish-attributes.ts";
import { snsPublishCallback } from "./sns-publish-callback.ts";
import { sqsCallbackHeartbeat } from "./sqs-callback-heartbeat.ts";
import { sqsSendAttributes } from "./sqs-send-attributes.ts";
import { sqsSendCallback } from "./sqs-send-callback.ts";
import type { CorpusRebuild } from "../rebuild.ts";

export const JSONPATH_REBUILDS: readonly CorpusRebuild[] = [
  batchContainerOverrides,
  batchJobNotification,
  batchSubmitJobSync,
  choiceNumericLambda,
  ecsRunTaskCallback,
  ecsRunTaskSync,
  lambdaCatchHandledError,
  lambdaCatchTaskFailed,
  lambdaFunctionArn,
  lambdaInvokeCallbackQualifier,
  lambdaInvokeEvent,
  lambdaInvokeNoPayload,
  lambdaInvokePayloadTemplate,
  lambdaRetryHandledError,
  lambdaRetryTaskFailed,
  lambdaTimeoutCatch,
  lambdaTimeoutRetry,
  machineTimeoutVersion,
  parallelActivities,
  parallelLambdaLookups,
  passHelloWorld,
  snsPublishAttributes,
  snsPublishCallback,
  sqsCallbackHeartbeat,
  sqsSendAttributes,
  sqsSendCallback,
];
