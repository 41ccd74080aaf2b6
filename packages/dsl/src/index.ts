/**
 * @aslc/dsl: typed builder chains for AWS Step Functions workflows.
 *
 * Start with `workflow(name, { input })`, add states with `.task()`, `.pass()`, `.wait()`,
 * `.choice()`, `.parallel()`, `.map()`, `.succeed()`, `.fail()`, `.goto()`, and turn the chain
 * into the IR with `buildWorkflow`. The compiler (@aslc/compiler) validates and emits it; what it
 * reads besides this is in @aslc/dsl/internal.
 */
export { workflow } from "./workflow.ts";
export { buildWorkflow, isWorkflow } from "./builder/lower.ts";
export { DslError } from "./builder/dsl-error.ts";
export { DIAGNOSTICS, isDiagnosticCode, type DiagnosticCode, type DiagnosticEntry } from "./diagnostics/registry.ts";
export type { Chain, ChainStates, Catchable, ChoiceRules, ChoiceDone, Ended, EndedWith, FinishedWorkflow, Buildable, FallThrough, PayloadOf, VariablesOf, Workflow } from "./builder/chain-types.ts";
export type { Env } from "./builder/variable-types.ts";
export type { ChoiceCondition, Conditions } from "./builder/choice-types.ts";
export type * from "./builder/options.ts";
export { PREDEFINED_ERRORS } from "./builder/error-names.ts";
export type { ErrorName, PredefinedError } from "./builder/error-names.ts";
export type { TaskOutput, TaskHandlerEvent, TaskRawResult, PassOutput, MapItemInput } from "./builder/state-types.ts";

export { ref, isRef, type Ref } from "./payload/ref.ts";
export { unchecked, isUnchecked, type UncheckedRead } from "./payload/unchecked.ts";
export { jsonata, isJsonataExpression, type JsonataExpression, type JsonataValue, type ExpressionValue } from "./jsonata/jsonata-value.ts";
export { States, isIntrinsic, type Intrinsic, type IntrinsicName, type IntrinsicArg, type HashAlgorithm } from "./payload/intrinsic.ts";
export type { Template, TemplateOut } from "./payload/template-types.ts";
export type { JsonOf } from "./payload/json-side.ts";
export type { At, PathError } from "./path/path-types.ts";
export type { SetAt } from "./path/set-types.ts";

export { contextObjectSchema, type ContextObject } from "./shapes/context-object.ts";
export { lambdaInvokeResultSchema, type LambdaInvokeResult } from "./shapes/lambda-invoke-result.ts";
export { errorOutputSchema, type ErrorOutput } from "./shapes/error-output.ts";
export { mapRunResultSchema, type MapRunResult } from "./shapes/map-run-result.ts";

export { lambda, type LambdaInvokeRequest } from "./integrations/lambda.ts";
export { sns } from "./integrations/sns.ts";
export { sqs } from "./integrations/sqs.ts";
export { dynamodb, type AttributeValue } from "./integrations/dynamodb.ts";
export { ecs } from "./integrations/ecs.ts";
export { states } from "./integrations/states.ts";
export { events } from "./integrations/events.ts";
export { s3 } from "./integrations/s3.ts";
export type { MapResource } from "./integrations/map-resource.ts";
export { athena } from "./integrations/athena.ts";
export { batch } from "./integrations/batch.ts";
export { apigateway } from "./integrations/apigateway.ts";
export { eks } from "./integrations/eks.ts";
export { bedrock } from "./integrations/bedrock.ts";
export { http } from "./integrations/http.ts";
export { glue } from "./integrations/glue.ts";
export { codebuild } from "./integrations/codebuild.ts";
export { sagemaker } from "./integrations/sagemaker.ts";
export { awsSdk, service } from "./integrations/any-service.ts";
export type { AwsSdkClients } from "./integrations/aws-sdk-types.ts";
export { isIntegration, type Integration } from "./integrations/integration.ts";
export { INTEGRATIONS, integrationDescriptor } from "./integrations/registry.ts";
export type { IntegrationDescriptor } from "./integrations/descriptor.ts";

export type * from "./ir/nodes.ts";
export { visitState, type StateVisitor, type StateOfType } from "./ir/visit.ts";
export { successors, edgeField, isTerminal, type StateEdge } from "./ir/successors.ts";
export { allScopes, allStates, innerScopes, ownersOf, processorOf, rootScope, scopeLabel, scopeTitle, statesInOrder, type PlacedState, type Scope, type ScopeOwner } from "./ir/walk.ts";
