/**
 * The workflow variables a state reads, with where each is read. In a JSONata state: every
 * expression of its JSONata fields. In a JSONPath state: `.$` template values and intrinsic
 * arguments that start with `$name`, every *Path field, and Choice Variables and *Path operands.
 * Every read sees the variables as they were when the state was entered.
 */
import { isExpressionText, type Condition, type Json, type StateNode } from "@aslc/dsl";
import { parseExpression } from "../jsonata/expression-tree.ts";
import { expressionReads } from "./expression-references.ts";
import { jsonataFields, stringsIn } from "./jsonata-fields.ts";

export interface VariableRead {
  readonly name: string;
  /** The place it is read: "Output", "Choices[0].Condition", "Parameters.id.$". */
  readonly where: string;
}

const NAME = String.raw`[\p{ID_Start}_]\p{ID_Continue}*`;
const VARIABLE_PATH = new RegExp(String.raw`^\$(${NAME})`, "u");
const VARIABLE_IN_CALL = new RegExp(String.raw`(?<![\p{ID_Continue}$])\$(${NAME})`, "gu");
const STRING_LITERAL = /'(?:[^'\\]|\\.)*'/gs;

/** The variable a JSONPath path or intrinsic call reads: `$order.id`, `States.Format('{}', $name)`. */
function jsonPathReads(text: string): string[] {
  if (text.startsWith("States.")) return [...text.replace(STRING_LITERAL, "''").matchAll(VARIABLE_IN_CALL)].map((m) => m[1]!);
  const match = VARIABLE_PATH.exec(text);
  return match ? [match[1]!] : [];
}

function templateReads(template: Json | undefined, where: string, out: VariableRead[]): void {
  if (template === null || typeof template !== "object") return;
  if (Array.isArray(template)) {
    template.forEach((item, i) => templateReads(item, `${where}[${i}]`, out));
    return;
  }
  for (const [key, value] of Object.entries(template as { readonly [key: string]: Json })) {
    if (key.endsWith(".$") && typeof value === "string") for (const name of jsonPathReads(value)) out.push({ name, where: `${where}.${key}` });
    else templateReads(value, `${where}.${key}`, out);
  }
}

function conditionReads(condition: Condition, where: string, out: VariableRead[]): void {
  switch (condition.kind) {
    case "compare":
      for (const name of jsonPathReads(condition.variable)) out.push({ name, where: `${where}.Variable` });
      if (condition.operator.endsWith("Path") && typeof condition.operand === "string") {
        for (const name of jsonPathReads(condition.operand)) out.push({ name, where: `${where}.${condition.operator}` });
      }
      return;
    case "and":
    case "or":
      condition.conditions.forEach((c, i) => conditionReads(c, `${where}.${condition.kind === "and" ? "And" : "Or"}[${i}]`, out));
      return;
    case "not":
      conditionReads(condition.condition, `${where}.Not`, out);
      return;
    case "jsonata":
      return;
  }
}

function jsonPathStateReads(state: StateNode): VariableRead[] {
  const out: VariableRead[] = [];
  const paths: [string, string | null | undefined][] = [];
  if ("inputPath" in state) paths.push(["InputPath", state.inputPath]);
  if ("outputPath" in state) paths.push(["OutputPath", state.outputPath]);
  if ("parameters" in state) templateReads(state.parameters, "Parameters", out);
  if ("resultSelector" in state) templateReads(state.resultSelector, "ResultSelector", out);
  if ("assign" in state) templateReads(state.assign, "Assign", out);
  if ("catch" in state) state.catch?.forEach((c, i) => templateReads(c.assign, `Catch[${i}].Assign`, out));
  switch (state.type) {
    case "Task":
      templateReads(state.credentials, "Credentials", out);
      paths.push(["TimeoutSecondsPath", state.timeoutSecondsPath], ["HeartbeatSecondsPath", state.heartbeatSecondsPath]);
      break;
    case "Wait":
      paths.push(["SecondsPath", state.secondsPath], ["TimestampPath", state.timestampPath]);
      break;
    case "Fail":
      paths.push(["ErrorPath", state.errorPath], ["CausePath", state.causePath]);
      break;
    case "Choice":
      state.choices.forEach((rule, i) => {
        conditionReads(rule.condition, `Choices[${i}]`, out);
        templateReads(rule.assign, `Choices[${i}].Assign`, out);
      });
      break;
    case "Map":
      templateReads(state.itemSelector, "ItemSelector", out);
      templateReads(state.itemBatcher?.batchInput, "ItemBatcher.BatchInput", out);
      templateReads(state.itemReader?.parameters, "ItemReader.Parameters", out);
      templateReads(state.resultWriter?.parameters, "ResultWriter.Parameters", out);
      paths.push(
        ["ItemsPath", state.itemsPath],
        ["MaxConcurrencyPath", state.maxConcurrencyPath],
        ["ToleratedFailurePercentagePath", state.toleratedFailurePercentagePath],
        ["ToleratedFailureCountPath", state.toleratedFailureCountPath],
        ["ItemReader.ReaderConfig.MaxItemsPath", state.itemReader?.readerConfig?.maxItemsPath],
        ["ItemBatcher.MaxItemsPerBatchPath", state.itemBatcher?.maxItemsPerBatchPath],
        ["ItemBatcher.MaxInputBytesPerBatchPath", state.itemBatcher?.maxInputBytesPerBatchPath],
      );
      break;
  }
  for (const [where, path] of paths) if (typeof path === "string") for (const name of jsonPathReads(path)) out.push({ name, where });
  return out;
}

function jsonataStateReads(state: StateNode): VariableRead[] {
  const out: VariableRead[] = [];
  for (const field of jsonataFields(state)) {
    for (const { where, text } of stringsIn(field.value, field.field)) {
      if (!isExpressionText(text)) continue;
      const parsed = parseExpression(text.slice(2, -2));
      if (parsed.ok) for (const { name } of expressionReads(parsed.ast).variables) out.push({ name, where });
    }
  }
  return out;
}

export function variableReads(state: StateNode, language: "JSONPath" | "JSONata"): VariableRead[] {
  return language === "JSONata" ? jsonataStateReads(state) : jsonPathStateReads(state);
}
