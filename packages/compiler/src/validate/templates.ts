/**
 * Payload templates and path-valued fields: each `.$` field holds a path or a known intrinsic
 * function, `a` and `a.$` never stand side by side, and every *Path field is a valid path.
 */
import { INTRINSIC_NAMES, type Condition, type Json, type StateNode, type WorkflowIR } from "@aslc/dsl";
import { looksLikeExpression } from "./jsonata-fields.ts";
import { isPath, isReferencePath, isVariablePath } from "./path-syntax.ts";
import { effectiveLanguage } from "./query-language.ts";
import type { Report } from "./report.ts";
import { allStates } from "./scopes.ts";

const INTRINSICS = new Set<string>(INTRINSIC_NAMES.map((name) => name.slice("States.".length)));

/** A quoted string argument, `\` escaping the next character. */
const STRING_LITERAL = /'(?:[^'\\]|\\.)*'/gs;

/** The names of the intrinsic functions an expression calls; text inside string arguments calls nothing. */
function calledIntrinsics(expression: string): string[] {
  const code = expression.replace(STRING_LITERAL, "''");
  return [...code.matchAll(/States\.([A-Za-z0-9]+)\s*\(/g)].map((m) => m[1]!);
}

function checkDynamicValue(state: StateNode, where: string, value: Json, report: Report): void {
  if (typeof value !== "string") {
    report.error("ASLC120", state, `${where} ends in .$, so its value must be a path or an intrinsic function as a string: drop the .$ for a literal value`);
    return;
  }
  // An expression in a JSONPath state is reported, with its remedy, by query-language.ts.
  if (looksLikeExpression(value)) return;
  if (value.startsWith("States.")) {
    if (!/^States\.[A-Za-z0-9]+\(.*\)$/s.test(value)) report.error("ASLC121", state, `${where}: '${value}' is not an intrinsic function call: write States.Name(arguments)`);
    for (const name of calledIntrinsics(value)) {
      if (!INTRINSICS.has(name)) report.error("ASLC121", state, `${where}: States.${name} is not an intrinsic function: see the States helpers for the 18 that exist`);
    }
    return;
  }
  if (!isPath(value) && !isVariablePath(value)) report.error("ASLC122", state, `${where}: '${value}' is not a path: a path starts with '$.' (payload), '$$.' (context) or '$name' (variable)`);
}

function checkTemplate(state: StateNode, where: string, template: Json | undefined, report: Report): void {
  if (template === null || typeof template !== "object") return;
  if (Array.isArray(template)) {
    template.forEach((item, i) => checkTemplate(state, `${where}[${i}]`, item, report));
    return;
  }
  const object = template as { readonly [key: string]: Json };
  for (const [key, value] of Object.entries(object)) {
    if (key.endsWith(".$")) {
      if (Object.hasOwn(object, key.slice(0, -2))) report.error("ASLC123", state, `${where} has both '${key.slice(0, -2)}' and '${key}', which give the same field: keep one`);
      checkDynamicValue(state, `${where}.${key}`, value, report);
    } else {
      checkTemplate(state, `${where}.${key}`, value, report);
    }
  }
}

function checkReference(state: StateNode, field: string, path: string | null | undefined, report: Report, allowContext = true): void {
  if (path === undefined || path === null) return;
  if (!isReferencePath(path, allowContext) && !isVariablePath(path)) {
    report.error("ASLC124", state, `${field} '${path}' is not a reference path: use '$', '$.field', '$.list[0]' (no wildcards, filters or slices)${allowContext ? "" : ", not the context object"}`);
  }
}

function checkGeneralPath(state: StateNode, field: string, path: string | null | undefined, report: Report): void {
  if (path === undefined || path === null) return;
  if (!isPath(path)) report.error("ASLC124", state, `${field} '${path}' is not a path: a path starts with '$'`);
}

function checkCondition(state: StateNode, where: string, condition: Condition, report: Report): void {
  switch (condition.kind) {
    case "compare":
      checkReference(state, `${where}.Variable`, condition.variable, report);
      if (condition.operator.endsWith("Path")) checkReference(state, `${where}.${condition.operator}`, String(condition.operand), report);
      return;
    case "and":
    case "or":
      condition.conditions.forEach((c, i) => checkCondition(state, `${where}.${condition.kind === "and" ? "And" : "Or"}[${i}]`, c, report));
      return;
    case "not":
      checkCondition(state, `${where}.Not`, condition.condition, report);
  }
}

export function checkTemplatesAndPaths(workflow: WorkflowIR, report: Report): void {
  for (const state of allStates(workflow)) {
    // A JSONata state has no templates or paths; query-language.ts refuses any it holds.
    if (effectiveLanguage(workflow, state) === "JSONata") continue;
    if ("inputPath" in state) checkGeneralPath(state, "InputPath", state.inputPath, report);
    if ("outputPath" in state) checkGeneralPath(state, "OutputPath", state.outputPath, report);
    if ("resultPath" in state) checkReference(state, "ResultPath", state.resultPath, report, false);
    if ("catch" in state) state.catch?.forEach((c, i) => checkReference(state, `Catch[${i}].ResultPath`, c.resultPath, report, false));
    if ("parameters" in state) checkTemplate(state, "Parameters", state.parameters, report);
    if ("resultSelector" in state) checkTemplate(state, "ResultSelector", state.resultSelector, report);
    switch (state.type) {
      case "Task":
        checkTemplate(state, "Credentials", state.credentials, report);
        checkReference(state, "TimeoutSecondsPath", state.timeoutSecondsPath, report);
        checkReference(state, "HeartbeatSecondsPath", state.heartbeatSecondsPath, report);
        break;
      case "Wait":
        checkReference(state, "SecondsPath", state.secondsPath, report);
        checkReference(state, "TimestampPath", state.timestampPath, report);
        break;
      case "Choice":
        state.choices.forEach((rule, i) => checkCondition(state, `Choices[${i}]`, rule.condition, report));
        break;
      case "Fail":
        for (const [field, value] of [["ErrorPath", state.errorPath], ["CausePath", state.causePath]] as const) {
          if (value === undefined) continue;
          if (value.startsWith("States.")) checkDynamicValue(state, field, value, report);
          else checkReference(state, field, value, report);
        }
        break;
      case "Map":
        checkReference(state, "ItemsPath", state.itemsPath, report);
        checkTemplate(state, "ItemSelector", state.itemSelector, report);
        checkTemplate(state, "ItemReader.Parameters", state.itemReader?.parameters, report);
        checkTemplate(state, "ItemBatcher.BatchInput", state.itemBatcher?.batchInput, report);
        checkTemplate(state, "ResultWriter.Parameters", state.resultWriter?.parameters, report);
        for (const [field, value] of [
          ["MaxConcurrencyPath", state.maxConcurrencyPath],
          ["ToleratedFailurePercentagePath", state.toleratedFailurePercentagePath],
          ["ToleratedFailureCountPath", state.toleratedFailureCountPath],
          ["ItemBatcher.MaxItemsPerBatchPath", state.itemBatcher?.maxItemsPerBatchPath],
          ["ItemBatcher.MaxInputBytesPerBatchPath", state.itemBatcher?.maxInputBytesPerBatchPath],
          ["ItemReader.ReaderConfig.MaxItemsPath", state.itemReader?.readerConfig?.maxItemsPath],
        ] as const) {
          checkReference(state, field, value, report);
        }
        break;
    }
  }
}
