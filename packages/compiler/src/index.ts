/**
 * @aslc/compiler: validates workflows built with @aslc/dsl and emits Amazon States Language.
 * What the CLI does, from code (compile, check, watch, lint), and one workflow in memory (emitAsl,
 * validateWorkflow, emitMermaid, the handler contracts and stubs). Internals are in
 * @aslc/compiler/internal.
 */
export { compile, type CompileOptions, type CompileResult, type CompiledWorkflow } from "./compile.ts";
export { check, type CheckResult, type Drift } from "./check/check.ts";
export { watch, type WatchOptions, type Watcher } from "./watch.ts";
export { createChecker, type Checker } from "./load/checker.ts";
export type { OutputFile } from "./write/atomic-write.ts";
export { CompileError, formatDiagnostic, diagnosticJson, type Diagnostic } from "./diagnostics.ts";
export { emitAsl, aslDefinition, type AslObject, type AslValue } from "./emit/asl/emit-asl.ts";
export { validateWorkflow, type ValidateOptions, type Locate } from "./validate/index.ts";
export { lint, type LintOptions, type LintResult } from "./lint/lint-files.ts";
export { placeholdersIn } from "./emit/asl/placeholders.ts";
export { importWorkflow, type ImportOptions, type ImportResult } from "./import/import-workflow.ts";
export { importFiles, type ImportFilesOptions, type ImportFilesResult, type ImportedModule, type IntrinsicPlaceholder } from "./import/import-files.ts";
export { emitMermaid } from "./emit/diagram/mermaid.ts";
export { renderContracts } from "./emit/handlers/render-contracts.ts";
export { renderHandlerStub, handlerStubFileName, type HandlerStubOptions } from "./emit/handlers/render-stub.ts";
