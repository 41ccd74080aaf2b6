/**
 * Each entry point's export list, pinned: adding to or removing from a package's public surface
 * (or its internal one) is a deliberate change, made here too. Read from the built declarations,
 * so type-only exports count.
 */
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { REPO } from "../support/temp-project.ts";

const read = new Map<string, string[]>();

function exportsOf(pkg: "dsl" | "compiler", entry: "index" | "internal"): string[] {
  const key = `${pkg}/${entry}`;
  if (!read.has(key)) read.set(key, declaredExports(join(REPO, "packages", pkg, "dist", `${entry}.d.ts`)));
  return read.get(key)!;
}

function declaredExports(file: string): string[] {
  const program = ts.createProgram([file], { noEmit: true, skipLibCheck: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
  return checker.getExportsOfModule(module).map((symbol) => symbol.name).sort();
}

async function runtimeExportsOf(specifier: string): Promise<string[]> {
  return Object.keys(await import(specifier)).sort();
}

describe("@aslc/dsl", () => {
  it("exports the builder, its types, the IR types and the diagnostics registry", async () => {
    const names = exportsOf("dsl", "index");
    expect(names).toMatchInlineSnapshot(`
      [
        "AssignValues",
        "At",
        "AttributeValue",
        "AwsSdkClients",
        "Buildable",
        "CatchOptions",
        "Catchable",
        "Catcher",
        "Chain",
        "ChoiceCondition",
        "ChoiceDone",
        "ChoiceNode",
        "ChoiceOperator",
        "ChoiceOptions",
        "ChoiceRule",
        "ChoiceRules",
        "ComparisonOperator",
        "Condition",
        "Conditions",
        "ContextObject",
        "DIAGNOSTICS",
        "DiagnosticCode",
        "DiagnosticEntry",
        "DslError",
        "Ended",
        "EndedWith",
        "Env",
        "ErrorName",
        "ErrorOutput",
        "Expression",
        "ExpressionValue",
        "FailNode",
        "FailOptions",
        "FallThrough",
        "FinishedWorkflow",
        "HashAlgorithm",
        "INTEGRATIONS",
        "Integration",
        "IntegrationDescriptor",
        "IntegrationInfo",
        "Intrinsic",
        "IntrinsicArg",
        "IntrinsicName",
        "ItemBatcher",
        "ItemProcessor",
        "ItemReader",
        "Json",
        "JsonOf",
        "JsonataExpression",
        "JsonataValue",
        "LambdaInvokeRequest",
        "LambdaInvokeResult",
        "MapItemInput",
        "MapNode",
        "MapOptions",
        "MapResource",
        "MapRunResult",
        "PREDEFINED_ERRORS",
        "ParallelNode",
        "ParallelOptions",
        "PassNode",
        "PassOptions",
        "PassOutput",
        "PathComparisonOperator",
        "PathError",
        "PayloadOf",
        "PlacedState",
        "PredefinedError",
        "QueryLanguage",
        "Ref",
        "ResultWriter",
        "Retrier",
        "RetryOptions",
        "RuleOptions",
        "Scope",
        "ScopeOwner",
        "SetAt",
        "SourceSite",
        "StateEdge",
        "StateNode",
        "StateOfType",
        "StateType",
        "StateVisitor",
        "States",
        "SubMachine",
        "SucceedNode",
        "SucceedOptions",
        "TaskHandlerEvent",
        "TaskNode",
        "TaskOptions",
        "TaskOutput",
        "TaskRawResult",
        "Template",
        "TemplateOut",
        "Transition",
        "TypeTestOperator",
        "VariablesOf",
        "WaitNode",
        "WaitOptions",
        "Workflow",
        "WorkflowIR",
        "WorkflowOptions",
        "allScopes",
        "allStates",
        "apigateway",
        "athena",
        "awsSdk",
        "batch",
        "bedrock",
        "buildWorkflow",
        "codebuild",
        "contextObjectSchema",
        "dynamodb",
        "ecs",
        "edgeField",
        "eks",
        "errorOutputSchema",
        "events",
        "glue",
        "http",
        "innerScopes",
        "integrationDescriptor",
        "isDiagnosticCode",
        "isIntegration",
        "isIntrinsic",
        "isJsonataExpression",
        "isRef",
        "isTerminal",
        "isWorkflow",
        "jsonata",
        "lambda",
        "lambdaInvokeResultSchema",
        "mapRunResultSchema",
        "ownersOf",
        "processorOf",
        "ref",
        "rootScope",
        "s3",
        "sagemaker",
        "scopeLabel",
        "scopeTitle",
        "service",
        "sns",
        "sqs",
        "states",
        "statesInOrder",
        "successors",
        "visitState",
        "workflow",
      ]
    `);
    expect(names).toEqual(expect.arrayContaining(await runtimeExportsOf("@aslc/dsl")));
  });

  it("keeps the compiler's plumbing in @aslc/dsl/internal", async () => {
    const names = exportsOf("dsl", "internal");
    expect(names).toMatchInlineSnapshot(`
      [
        "CATCHER",
        "CHOICE",
        "CHOICE_OPERATORS",
        "CHOICE_RULE",
        "FAIL",
        "FieldKind",
        "FieldLanguages",
        "FieldPlace",
        "FieldRange",
        "FieldReads",
        "FieldSpec",
        "HASH_ALGORITHMS",
        "INTRINSIC_FUNCTIONS",
        "INTRINSIC_NAMES",
        "ITEM_BATCHER",
        "ITEM_PROCESSOR",
        "ITEM_READER",
        "IntrinsicFunction",
        "IntrinsicParam",
        "IntrinsicResultKind",
        "JSONATA_FUNCTIONS",
        "MAP",
        "MAX_INTRINSIC_DEPTH",
        "MAX_SECONDS",
        "NOT_JSON_KINDS",
        "NOT_JSON_LITERAL",
        "NotJsonKind",
        "ObjectSpec",
        "PARALLEL",
        "PARAM_WORDS",
        "PASS",
        "READER_CONFIG",
        "RESULT_PARAMS",
        "RESULT_WRITER",
        "RETRIER",
        "SITE_STACK",
        "STATE_SPECS",
        "SUB_MACHINE",
        "SUCCEED",
        "SpecOf",
        "StateSpecs",
        "TASK",
        "WAIT",
        "WORKFLOW",
        "WRITER_CONFIG",
        "arityProblem",
        "conditionToJsonata",
        "countPlaceholders",
        "fieldsIn",
        "fieldsOf",
        "inLanguage",
        "integrationFromArn",
        "isExpressionText",
        "isIntrinsicName",
        "offeredPatterns",
        "offersPattern",
        "optionName",
        "pathToJsonata",
        "resultFits",
        "specOf",
        "stackFrames",
        "twinOf",
      ]
    `);
    expect(names).toEqual(expect.arrayContaining(await runtimeExportsOf("@aslc/dsl/internal")));
  });
});

describe("@aslc/compiler", () => {
  it("exports compile, check, watch and the in-memory emitters", async () => {
    const names = exportsOf("compiler", "index");
    expect(names).toMatchInlineSnapshot(`
      [
        "AslObject",
        "AslValue",
        "CheckResult",
        "Checker",
        "CompileError",
        "CompileOptions",
        "CompileResult",
        "CompiledWorkflow",
        "Diagnostic",
        "Drift",
        "HandlerStubOptions",
        "OutputFile",
        "WatchOptions",
        "Watcher",
        "aslDefinition",
        "check",
        "compile",
        "createChecker",
        "diagnosticJson",
        "emitAsl",
        "emitMermaid",
        "formatDiagnostic",
        "handlerStubFileName",
        "placeholdersIn",
        "renderContracts",
        "renderHandlerStub",
        "validateWorkflow",
        "watch",
      ]
    `);
    expect(names).toEqual(expect.arrayContaining(await runtimeExportsOf("@aslc/compiler")));
  });

  it("keeps schemas, contracts, loading and caches in @aslc/compiler/internal", async () => {
    const names = exportsOf("compiler", "internal");
    expect(names).toMatchInlineSnapshot(`
      [
        "CheckGroup",
        "CheckOutcome",
        "ContractNames",
        "Derived",
        "FileRecord",
        "FlowProblem",
        "FolderWrite",
        "FunctionIdentity",
        "HandlerContract",
        "JOURNAL_FILE",
        "LoadedWorkflow",
        "MANIFEST_FILE",
        "Merged",
        "ReadResult",
        "ReferenceScope",
        "Resolution",
        "SchemaFlow",
        "StateSchemas",
        "TaskCall",
        "TypeCheckCache",
        "TypeChecker",
        "codeFrame",
        "contextObjectSchema",
        "contextSchemaAt",
        "contractNames",
        "defaultCacheDir",
        "describeCondition",
        "discoverSources",
        "discoverWorkflowFiles",
        "flowSchemas",
        "formatTypeScript",
        "functionIdentity",
        "handlerContracts",
        "intrinsicSchema",
        "isPath",
        "isReferencePath",
        "isRfc3339",
        "isVariablePath",
        "jsonSchema",
        "lambdaTasks",
        "loadWorkflows",
        "mergeResults",
        "readWorkflow",
        "renderContractsFormatted",
        "renderHandlerStubFormatted",
        "resolveReference",
        "sameSchema",
        "schemaAt",
        "schemaWith",
        "searchRoots",
        "sharedFunctionConflicts",
        "stateSummary",
        "stillHolds",
        "templateSchema",
        "typeText",
        "unifiedDiff",
        "unionOf",
        "zodSource",
      ]
    `);
    expect(names).toEqual(expect.arrayContaining(await runtimeExportsOf("@aslc/compiler/internal")));
  });

  it("has no name in both entries of a package", () => {
    for (const pkg of ["dsl", "compiler"] as const) {
      const internal = new Set(exportsOf(pkg, "internal"));
      expect(exportsOf(pkg, "index").filter((name) => internal.has(name)), pkg).toEqual([]);
    }
  });
});
