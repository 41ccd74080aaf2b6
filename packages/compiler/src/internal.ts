/**
 * @aslc/compiler/internal: the compiler's parts below its public surface (schemas, contracts,
 * loading, type-check cache, diffs), for aslc's own tests and tools. Not for users: it may
 * change in any release.
 */
export { isRfc3339, isPath, isReferencePath, isVariablePath } from "./validate/index.ts";
export { unifiedDiff } from "./check/unified-diff.ts";
export { stateSummary } from "./check/state-summary.ts";
export { TypeChecker, codeFrame } from "./load/type-check.ts";
export type { CheckGroup, CheckOutcome } from "./load/checker.ts";
export { TypeCheckCache, defaultCacheDir } from "./cache/type-check-cache.ts";
export { FileRecord, stillHolds } from "./load/file-record.ts";
export type { FolderWrite } from "./write/atomic-write.ts";
export { MANIFEST_FILE } from "./write/manifest.ts";
export { JOURNAL_FILE } from "./write/staging-names.ts";
export { describeCondition } from "./emit/diagram/describe-condition.ts";
export { schemaAt } from "./schema/schema-at.ts";
export { schemaWith } from "./schema/schema-with.ts";
export { contextSchemaAt } from "./schema/context-object.ts";
export { contextObjectSchema } from "@aslc/dsl";
export { resolveReference, type ReferenceScope } from "./schema/references.ts";
export { templateSchema, jsonSchema } from "./schema/template-schema.ts";
export { intrinsicSchema } from "./schema/intrinsic-schema.ts";
export { flowSchemas } from "./schema/flow.ts";
export type { SchemaFlow, StateSchemas, FlowProblem } from "./schema/flow-types.ts";
export type { Resolution, Derived } from "./schema/resolution.ts";
export { unionOf } from "./schema/union.ts";
export { sameSchema } from "./schema/schema-identity.ts";
export { handlerContracts, lambdaTasks, sharedFunctionConflicts, type HandlerContract, type TaskCall } from "./emit/handlers/lambda-contracts.ts";
export { functionIdentity, type FunctionIdentity } from "./emit/handlers/function-identity.ts";
export { mergeResults, type Merged } from "./emit/handlers/merge-results.ts";
export { formatTypeScript, renderContractsFormatted, renderHandlerStubFormatted } from "./emit/handlers/format.ts";
export { contractNames, type ContractNames } from "./emit/handlers/identifiers.ts";
export { typeText } from "./emit/handlers/type-text.ts";
export { zodSource } from "./emit/handlers/zod-source.ts";
export { discoverWorkflowFiles, discoverSources, searchRoots } from "./load/discover.ts";
export { loadWorkflows, type LoadedWorkflow } from "./load/load-workflows.ts";
export { readWorkflow, type ReadResult } from "./read/read-workflow.ts";
