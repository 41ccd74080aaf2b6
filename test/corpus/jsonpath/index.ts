/** Every JSONPath corpus definition rebuilt with the typed DSL, in the order the test lists them. */
import { activityGreeting } from "./activity-greeting.ts";
import { apigatewayHttpNotify } from "./apigateway-http-notify.ts";
import { apigatewayPetStore } from "./apigateway-pet-store.ts";
import { apigatewayQueryParameters } from "./apigateway-query-parameters.ts";
import { assignEvaluationOrder } from "./assign-evaluation-order.ts";
import { assignFromParameters } from "./assign-from-parameters.ts";
import { assignInChoice } from "./assign-in-choice.ts";
import { assignLambdaTaskResult } from "./assign-lambda-task-result.ts";
import { assignReferenceInFail } from "./assign-reference-in-fail.ts";
import { assignReferenceInWait } from "./assign-reference-in-wait.ts";
import { assignScopeParallel } from "./assign-scope-parallel.ts";
import { athenaParallelQueries } from "./athena-parallel-queries.ts";
import { athenaQueryPipeline } from "./athena-query-pipeline.ts";
import { batchContainerOverrides } from "./batch-container-overrides.ts";
import { batchJobNotification } from "./batch-job-notification.ts";
import { batchRetryNotify } from "./batch-retry-notify.ts";
import { batchSubmitJobSync } from "./batch-submit-job-sync.ts";
import { choiceNotAndRules } from "./choice-not-and-rules.ts";
import { choiceNumericLambda } from "./choice-numeric-lambda.ts";
import { choiceSingletonAnd } from "./choice-singleton-and.ts";
import { codebuildTestsNotify } from "./codebuild-tests-notify.ts";
import { continueAsNew } from "./continue-as-new.ts";
import { dynamodbGetEmployee } from "./dynamodb-get-employee.ts";
import { dynamodbPutUpdateGet } from "./dynamodb-put-update-get.ts";
import { dynamodbToSqsLoop } from "./dynamodb-to-sqs-loop.ts";
import { ecsFargateNotify } from "./ecs-fargate-notify.ts";
import { ecsRunTaskCallback } from "./ecs-run-task-callback.ts";
import { ecsRunTaskSync } from "./ecs-run-task-sync.ts";
import { eksClusterJob } from "./eks-cluster-job.ts";
import { etlOrchestration } from "./etl-orchestration.ts";
import { eventbridgeCustomEvent } from "./eventbridge-custom-event.ts";
import { eventsPutEventsFromInput } from "./events-put-events-from-input.ts";
import { failContextPaths } from "./fail-context-paths.ts";
import { failPathsIntrinsic } from "./fail-paths-intrinsic.ts";
import { glueCrawlerAthena } from "./glue-crawler-athena.ts";
import { glueTableAthenaUpdate } from "./glue-table-athena-update.ts";
import { humanApprovalCallback } from "./human-approval-callback.ts";
import { intrinsicArrayContains } from "./intrinsic-array-contains.ts";
import { intrinsicArrayEmpty } from "./intrinsic-array-empty.ts";
import { intrinsicArrayPartition } from "./intrinsic-array-partition.ts";
import { intrinsicArrayRange } from "./intrinsic-array-range.ts";
import { intrinsicArrayTwo } from "./intrinsic-array-two.ts";
import { intrinsicAssignFromResult } from "./intrinsic-assign-from-result.ts";
import { intrinsicBase64Encode } from "./intrinsic-base64-encode.ts";
import { intrinsicFormatContext } from "./intrinsic-format-context.ts";
import { intrinsicFormatOne } from "./intrinsic-format-one.ts";
import { intrinsicHash } from "./intrinsic-hash.ts";
import { intrinsicJsonMergeLiteral } from "./intrinsic-json-merge-literal.ts";
import { intrinsicJsonMerge } from "./intrinsic-json-merge.ts";
import { intrinsicMathRandomSeeded } from "./intrinsic-math-random-seeded.ts";
import { intrinsicNestedCalls } from "./intrinsic-nested-calls.ts";
import { intrinsicStringSplitContext } from "./intrinsic-string-split-context.ts";
import { intrinsicUuid } from "./intrinsic-uuid.ts";
import { intrinsicVariableArguments } from "./intrinsic-variable-arguments.ts";
import { iterateCounter } from "./iterate-counter.ts";
import { jobPollerLoop } from "./job-poller-loop.ts";
import { lambdaCatchByError } from "./lambda-catch-by-error.ts";
import { lambdaCatchChainXray } from "./lambda-catch-chain-xray.ts";
import { lambdaCatchHandledError } from "./lambda-catch-handled-error.ts";
import { lambdaCatchTaskFailed } from "./lambda-catch-task-failed.ts";
import { lambdaFunctionArn } from "./lambda-function-arn.ts";
import { lambdaInvokeCallbackQualifier } from "./lambda-invoke-callback-qualifier.ts";
import { lambdaInvokeCallbackToken } from "./lambda-invoke-callback-token.ts";
import { lambdaInvokeCatchRelevant } from "./lambda-invoke-catch-relevant.ts";
import { lambdaInvokeCheckpoints } from "./lambda-invoke-checkpoints.ts";
import { lambdaInvokeEvent } from "./lambda-invoke-event.ts";
import { lambdaInvokeFunctionArnOnly } from "./lambda-invoke-function-arn-only.ts";
import { lambdaInvokeLogType } from "./lambda-invoke-log-type.ts";
import { lambdaInvokeNoPayload } from "./lambda-invoke-no-payload.ts";
import { lambdaInvokePayloadTemplate } from "./lambda-invoke-payload-template.ts";
import { lambdaInvokeTimeoutPath } from "./lambda-invoke-timeout-path.ts";
import { lambdaPlaceholderArn } from "./lambda-placeholder-arn.ts";
import { lambdaRetryCountSelector } from "./lambda-retry-count-selector.ts";
import { lambdaRetryHandledError } from "./lambda-retry-handled-error.ts";
import { lambdaRetryTaskFailed } from "./lambda-retry-task-failed.ts";
import { lambdaStockApproval } from "./lambda-stock-approval.ts";
import { lambdaThenSqs } from "./lambda-then-sqs.ts";
import { lambdaTimeoutCatch } from "./lambda-timeout-catch.ts";
import { lambdaTimeoutRetry } from "./lambda-timeout-retry.ts";
import { machineTimeoutVersion } from "./machine-timeout-version.ts";
import { mapBreakCondition } from "./map-break-condition.ts";
import { mapDistributedItemSelector } from "./map-distributed-item-selector.ts";
import { mapDistributedLabel } from "./map-distributed-label.ts";
import { mapDistributedReentrant } from "./map-distributed-reentrant.ts";
import { mapInlineCatch } from "./map-inline-catch.ts";
import { mapInlineItemSelector } from "./map-inline-item-selector.ts";
import { mapInlineLambdaTimeout } from "./map-inline-lambda-timeout.ts";
import { mapInlineMixedItems } from "./map-inline-mixed-items.ts";
import { mapInlineNested } from "./map-inline-nested.ts";
import { mapInlineRetriers } from "./map-inline-retriers.ts";
import { mapItemReaderListObjects } from "./map-item-reader-list-objects.ts";
import { mapItemsFromVariable } from "./map-items-from-variable.ts";
import { mapIteratorBatchFanOut } from "./map-iterator-batch-fan-out.ts";
import { mapIteratorContextParameters } from "./map-iterator-context-parameters.ts";
import { mapIteratorDistributedParameters } from "./map-iterator-distributed-parameters.ts";
import { mapIteratorItemsPath } from "./map-iterator-items-path.ts";
import { mapIteratorLambda } from "./map-iterator-lambda.ts";
import { mapIteratorMixedItems } from "./map-iterator-mixed-items.ts";
import { mapIteratorNestedLambda } from "./map-iterator-nested-lambda.ts";
import { mapIteratorParameters } from "./map-iterator-parameters.ts";
import { mapIteratorSqsMessages } from "./map-iterator-sqs-messages.ts";
import { mapMaxConcurrencyPath } from "./map-max-concurrency-path.ts";
import { mapNoProcessorConfig } from "./map-no-processor-config.ts";
import { mapResultWriter } from "./map-result-writer.ts";
import { mapScopeVariables } from "./map-scope-variables.ts";
import { mapToleratedFailureCountPath } from "./map-tolerated-failure-count-path.ts";
import { parallelActivities } from "./parallel-activities.ts";
import { parallelBranchFail } from "./parallel-branch-fail.ts";
import { parallelCallbackCatch } from "./parallel-callback-catch.ts";
import { parallelCatchBranchFailure } from "./parallel-catch-branch-failure.ts";
import { parallelLambdaInvokeVerify } from "./parallel-lambda-invoke-verify.ts";
import { parallelLambdaLookups } from "./parallel-lambda-lookups.ts";
import { parallelNested } from "./parallel-nested.ts";
import { parallelParameters } from "./parallel-parameters.ts";
import { parallelRetryBranchFailure } from "./parallel-retry-branch-failure.ts";
import { parallelThreeBranches } from "./parallel-three-branches.ts";
import { passArrayElement } from "./pass-array-element.ts";
import { passBranchFragment } from "./pass-branch-fragment.ts";
import { passCommentKeysInParameters } from "./pass-comment-keys-in-parameters.ts";
import { passContextObjectValues } from "./pass-context-object-values.ts";
import { passContextObject } from "./pass-context-object.ts";
import { passFilterExpressions } from "./pass-filter-expressions.ts";
import { passHelloWorldTwo } from "./pass-hello-world-two.ts";
import { passHelloWorld } from "./pass-hello-world.ts";
import { passNullInputOutputPaths } from "./pass-null-input-output-paths.ts";
import { passResultsChained } from "./pass-results-chained.ts";
import { passSingle } from "./pass-single.ts";
import { passThenSnsSms } from "./pass-then-sns-sms.ts";
import { s3ListObjectsCatch } from "./s3-list-objects-catch.ts";
import { sagemakerLabelingJob } from "./sagemaker-labeling-job.ts";
import { sagemakerTrainTransform } from "./sagemaker-train-transform.ts";
import { snsFifoPublish } from "./sns-fifo-publish.ts";
import { snsPublishAttributes } from "./sns-publish-attributes.ts";
import { snsPublishCallback } from "./sns-publish-callback.ts";
import { sqsCallbackCatchResultPath } from "./sqs-callback-catch-result-path.ts";
import { sqsCallbackHeartbeatPath } from "./sqs-callback-heartbeat-path.ts";
import { sqsCallbackHeartbeat } from "./sqs-callback-heartbeat.ts";
import { sqsSendAttributes } from "./sqs-send-attributes.ts";
import { sqsSendCallback } from "./sqs-send-callback.ts";
import { sqsSendCatchByException } from "./sqs-send-catch-by-exception.ts";
import { sqsTaskTokenRelay } from "./sqs-task-token-relay.ts";
import { startExecutionCredentialsPath } from "./start-execution-credentials-path.ts";
import { startExecutionFromInput } from "./start-execution-from-input.ts";
import { startExecutionPatterns } from "./start-execution-patterns.ts";
import { taskInputResultOutputPaths } from "./task-input-result-output-paths.ts";
import { waitThenFail } from "./wait-then-fail.ts";
import { waitTimestampPath } from "./wait-timestamp-path.ts";
import { waitUntilTimestamp } from "./wait-until-timestamp.ts";
import { workflowStudioTour } from "./workflow-studio-tour.ts";
import type { CorpusRebuild } from "../rebuild.ts";

export const JSONPATH_REBUILDS: readonly CorpusRebuild[] = [
  activityGreeting,
  apigatewayHttpNotify,
  apigatewayPetStore,
  apigatewayQueryParameters,
  assignEvaluationOrder,
  assignFromParameters,
  assignInChoice,
  assignLambdaTaskResult,
  assignReferenceInFail,
  assignReferenceInWait,
  assignScopeParallel,
  athenaParallelQueries,
  athenaQueryPipeline,
  batchContainerOverrides,
  batchJobNotification,
  batchRetryNotify,
  batchSubmitJobSync,
  choiceNotAndRules,
  choiceNumericLambda,
  choiceSingletonAnd,
  codebuildTestsNotify,
  continueAsNew,
  dynamodbGetEmployee,
  dynamodbPutUpdateGet,
  dynamodbToSqsLoop,
  ecsFargateNotify,
  ecsRunTaskCallback,
  ecsRunTaskSync,
  eksClusterJob,
  etlOrchestration,
  eventbridgeCustomEvent,
  eventsPutEventsFromInput,
  failContextPaths,
  failPathsIntrinsic,
  glueCrawlerAthena,
  glueTableAthenaUpdate,
  humanApprovalCallback,
  intrinsicArrayContains,
  intrinsicArrayEmpty,
  intrinsicArrayPartition,
  intrinsicArrayRange,
  intrinsicArrayTwo,
  intrinsicAssignFromResult,
  intrinsicBase64Encode,
  intrinsicFormatContext,
  intrinsicFormatOne,
  intrinsicHash,
  intrinsicJsonMergeLiteral,
  intrinsicJsonMerge,
  intrinsicMathRandomSeeded,
  intrinsicNestedCalls,
  intrinsicStringSplitContext,
  intrinsicUuid,
  intrinsicVariableArguments,
  iterateCounter,
  jobPollerLoop,
  lambdaCatchByError,
  lambdaCatchChainXray,
  lambdaCatchHandledError,
  lambdaCatchTaskFailed,
  lambdaFunctionArn,
  lambdaInvokeCallbackQualifier,
  lambdaInvokeCallbackToken,
  lambdaInvokeCatchRelevant,
  lambdaInvokeCheckpoints,
  lambdaInvokeEvent,
  lambdaInvokeFunctionArnOnly,
  lambdaInvokeLogType,
  lambdaInvokeNoPayload,
  lambdaInvokePayloadTemplate,
  lambdaInvokeTimeoutPath,
  lambdaPlaceholderArn,
  lambdaRetryCountSelector,
  lambdaRetryHandledError,
  lambdaRetryTaskFailed,
  lambdaStockApproval,
  lambdaThenSqs,
  lambdaTimeoutCatch,
  lambdaTimeoutRetry,
  machineTimeoutVersion,
  mapBreakCondition,
  mapDistributedItemSelector,
  mapDistributedLabel,
  mapDistributedReentrant,
  mapInlineCatch,
  mapInlineItemSelector,
  mapInlineLambdaTimeout,
  mapInlineMixedItems,
  mapInlineNested,
  mapInlineRetriers,
  mapItemReaderListObjects,
  mapItemsFromVariable,
  mapIteratorBatchFanOut,
  mapIteratorContextParameters,
  mapIteratorDistributedParameters,
  mapIteratorItemsPath,
  mapIteratorLambda,
  mapIteratorMixedItems,
  mapIteratorNestedLambda,
  mapIteratorParameters,
  mapIteratorSqsMessages,
  mapMaxConcurrencyPath,
  mapNoProcessorConfig,
  mapResultWriter,
  mapScopeVariables,
  mapToleratedFailureCountPath,
  parallelActivities,
  parallelBranchFail,
  parallelCallbackCatch,
  parallelCatchBranchFailure,
  parallelLambdaInvokeVerify,
  parallelLambdaLookups,
  parallelNested,
  parallelParameters,
  parallelRetryBranchFailure,
  parallelThreeBranches,
  passArrayElement,
  passBranchFragment,
  passCommentKeysInParameters,
  passContextObjectValues,
  passContextObject,
  passFilterExpressions,
  passHelloWorldTwo,
  passHelloWorld,
  passNullInputOutputPaths,
  passResultsChained,
  passSingle,
  passThenSnsSms,
  s3ListObjectsCatch,
  sagemakerLabelingJob,
  sagemakerTrainTransform,
  snsFifoPublish,
  snsPublishAttributes,
  snsPublishCallback,
  sqsCallbackCatchResultPath,
  sqsCallbackHeartbeatPath,
  sqsCallbackHeartbeat,
  sqsSendAttributes,
  sqsSendCallback,
  sqsSendCatchByException,
  sqsTaskTokenRelay,
  startExecutionCredentialsPath,
  startExecutionFromInput,
  startExecutionPatterns,
  taskInputResultOutputPaths,
  waitThenFail,
  waitTimestampPath,
  waitUntilTimestamp,
  workflowStudioTour,
];
