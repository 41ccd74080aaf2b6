/** Every described integration, by the id the IR names (`IntegrationInfo.descriptor`). */
import type { IntegrationDescriptor } from "./descriptor.ts";
import { apigatewayInvoke } from "./apigateway.ts";
import { athenaGetQueryExecution, athenaGetQueryResults, athenaStartQueryExecution, athenaStopQueryExecution } from "./athena.ts";
import { batchSubmitJob } from "./batch.ts";
import { bedrockInvokeModel } from "./bedrock.ts";
import { codebuildBatchGetReports, codebuildStartBuild } from "./codebuild.ts";
import { dynamodbDeleteItem, dynamodbGetItem, dynamodbPutItem, dynamodbUpdateItem } from "./dynamodb.ts";
import { ecsRunTask } from "./ecs.ts";
import { eksCall, eksCreateCluster, eksCreateFargateProfile, eksCreateNodegroup, eksDeleteCluster, eksDeleteFargateProfile, eksDeleteNodegroup, eksRunJob } from "./eks.ts";
import { eventsPutEvents } from "./events.ts";
import { glueStartJobRun } from "./glue.ts";
import { httpInvoke } from "./http.ts";
import { lambdaInvoke } from "./lambda.ts";
import { s3GetObject, s3ListObjectsV2, s3PutObject } from "./s3.ts";
import { sagemakerCreateModel, sagemakerCreateTrainingJob, sagemakerCreateTransformJob } from "./sagemaker.ts";
import { snsPublish } from "./sns.ts";
import { sqsSendMessage } from "./sqs.ts";
import { statesStartExecution } from "./states.ts";

export const INTEGRATIONS: readonly IntegrationDescriptor[] = [
  lambdaInvoke,
  snsPublish,
  sqsSendMessage,
  dynamodbGetItem,
  dynamodbPutItem,
  dynamodbUpdateItem,
  dynamodbDeleteItem,
  ecsRunTask,
  statesStartExecution,
  eventsPutEvents,
  s3GetObject,
  s3ListObjectsV2,
  s3PutObject,
  athenaStartQueryExecution,
  athenaGetQueryExecution,
  athenaGetQueryResults,
  athenaStopQueryExecution,
  batchSubmitJob,
  apigatewayInvoke,
  eksCall,
  eksRunJob,
  eksCreateCluster,
  eksDeleteCluster,
  eksCreateNodegroup,
  eksDeleteNodegroup,
  eksCreateFargateProfile,
  eksDeleteFargateProfile,
  bedrockInvokeModel,
  httpInvoke,
  glueStartJobRun,
  codebuildStartBuild,
  codebuildBatchGetReports,
  sagemakerCreateTrainingJob,
  sagemakerCreateModel,
  sagemakerCreateTransformJob,
];

const byId = new Map(INTEGRATIONS.map((descriptor) => [descriptor.id, descriptor]));

/** The descriptor an IR's integration info names, if it names one. */
export function integrationDescriptor(id: string | undefined): IntegrationDescriptor | undefined {
  return id === undefined ? undefined : byId.get(id);
}
