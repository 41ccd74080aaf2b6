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
export type { OutputFile } from "./write/atomic-write.ts";
export { emitMermaid } from "./emit/diagram/mermaid.ts";
export { describeCondition } from "./emit/diagram/describe-condition.ts";
