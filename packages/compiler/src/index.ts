/**
 * @aslc/compiler: validates workflows built with @aslc/dsl and emits Amazon States Language.
 */
export { emitAsl, aslDefinition, type AslObject, type AslValue } from "./emit/asl/emit-asl.ts";
export { validateWorkflow, isRfc3339, isPath, isReferencePath, isVariablePath } from "./validate/index.ts";
export { CompileError, formatDiagnostic, diagnosticJson, type Diagnostic } from "./diagnostics.ts";
export { compile, type CompileOptions, type CompileResult, type CompiledWorkflow } from "./compile.ts";
export { check, type CheckResult, type Drift } from "./check/check.ts";
export { watch, type WatchOptions, type Watcher } from "./watch.ts";
export { unifiedDiff } from "./check/unified-diff.ts";
export { stateSummary } from "./check/state-summary.ts";
export { placeholdersIn } from "./emit/asl/placeholders.ts";
export { TypeChecker, codeFrame } from "./load/type-check.ts";
export { createChecker, type Checker, type CheckGroup, type CheckOutcome } from "./load/checker.ts";
export { TypeCheckCache, defaultCacheDir } from "./cache/type-check-cache.ts";
export { FileRecord, stillHolds } from "./load/file-record.ts";
export type { OutputFile } from "./write/atomic-write.ts";
export { emitMermaid } from "./emit/diagram/mermaid.ts";
export { describeCondition } from "./emit/diagram/describe-condition.ts";
export { schemaAt } from "./schema/schema-at.ts";
export { schemaWith } from "./schema/schema-with.ts";
export { contextObjectSchema, contextSchemaAt } from "./schema/context-object.ts";
export { resolveReference, type ReferenceScope } from "./schema/references.ts";
export { templateSchema, jsonSchema } from "./schema/template-schema.ts";
export { intrinsicSchema } from "./schema/intrinsic-schema.ts";
export { flowSchemas } from "./schema/flow.ts";
export type { SchemaFlow, StateSchemas, FlowProblem } from "./schema/flow-types.ts";
export type { Resolution, Derived } from "./schema/resolution.ts";
export { unionOf } from "./schema/union.ts";
export { sameSchema } from "./schema/schema-identity.ts";
export { handlerContracts, lambdaTasks, type HandlerContract } from "./emit/handlers/lambda-contracts.ts";
export { renderContracts } from "./emit/handlers/render-contracts.ts";
export { renderHandlerStub, handlerStubFileName, type HandlerStubOptions } from "./emit/handlers/render-stub.ts";
export { formatTypeScript, renderContractsFormatted, renderHandlerStubFormatted } from "./emit/handlers/format.ts";
export { contractNames, type ContractNames } from "./emit/handlers/identifiers.ts";
export { typeText } from "./emit/handlers/type-text.ts";
export { zodSource } from "./emit/handlers/zod-source.ts";
export { discoverWorkflowFiles, discoverSources, searchRoots } from "./load/discover.ts";
export { loadWorkflows, type LoadedWorkflow } from "./load/load-workflows.ts";
