/**
 * @aslc/compiler: validates workflows built with @aslc/dsl and emits Amazon States Language.
 */
export { emitAsl, aslDefinition, type AslObject, type AslValue } from "./emit/asl/emit-asl.ts";
export { validateWorkflow, isRfc3339, isPath, isReferencePath, isVariablePath } from "./validate/index.ts";
export { CompileError, formatDiagnostic, type Diagnostic } from "./diagnostics.ts";
export { compile, type CompileOptions, type CompileResult } from "./compile.ts";
export type { OutputFile } from "./write/atomic-write.ts";
export { emitMermaid } from "./emit/diagram/mermaid.ts";
export { describeCondition } from "./emit/diagram/describe-condition.ts";
