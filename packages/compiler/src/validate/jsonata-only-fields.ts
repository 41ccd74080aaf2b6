/**
 * A JSONPath state evaluates no JSONata: Arguments, Output, Items and a rule's Condition do not
 * exist there, and a `{% … %}` string is passed on as literal text, which is almost never what
 * the author meant. Each is reported with the way to make the state JSONata.
 */
import type { Condition, Json, StateNode } from "@aslc/dsl";
import { looksLikeExpression, stringsIn } from "./jsonata-fields.ts";
import type { Report } from "./report.ts";
import { variableReads } from "./variable-reads.ts";

const MAKE_JSONATA = `set queryLanguage: "JSONata" on the state (or on the workflow)`;

interface Place {
  readonly option: string;
  readonly field: string;
  readonly value: Json | undefined;
  /** The JSONPath way, for fields that have one. */
  readonly instead?: string;
}

/** JSONata fields a JSONPath state cannot have. */
function jsonataOnly(state: StateNode): Place[] {
  const places: Place[] = [];
  if (state.type !== "Fail") places.push({ option: "output", field: "Output", value: state.output, instead: "shape the output with outputPath (and resultSelector, resultPath)" });
  if (state.type === "Task" || state.type === "Parallel") places.push({ option: "arguments", field: "Arguments", value: state.arguments, instead: "give parameters" });
  if ("catch" in state) {
    state.catch?.forEach((c, i) => places.push({ option: `output of catcher ${i + 1}`, field: `Catch[${i}].Output`, value: c.output, instead: "give the catcher a resultPath" }));
  }
  if (state.type === "Choice") {
    state.choices.forEach((rule, i) => places.push({ option: `output of rule ${i + 1}`, field: `Choices[${i}].Output`, value: rule.output }));
  }
  if (state.type === "Map") {
    places.push({ option: "items", field: "Items", value: state.items, instead: "give itemsPath" });
    places.push({ option: "itemReader.arguments", field: "ItemReader.Arguments", value: state.itemReader?.arguments, instead: "give itemReader.parameters" });
    places.push({ option: "resultWriter.arguments", field: "ResultWriter.Arguments", value: state.resultWriter?.arguments, instead: "give resultWriter.parameters" });
  }
  return places.filter((p) => p.value !== undefined);
}

/** Fields that take a number or a string, and in JSONata mode an expression instead. */
function scalarFields(state: StateNode): Place[] {
  const places: Place[] = [];
  const add = (option: string, field: string, value: Json | undefined) => places.push({ option, field, value, instead: `give a literal or ${option}Path` });
  switch (state.type) {
    case "Task":
      add("timeoutSeconds", "TimeoutSeconds", state.timeoutSeconds);
      add("heartbeatSeconds", "HeartbeatSeconds", state.heartbeatSeconds);
      break;
    case "Wait":
      add("seconds", "Seconds", state.seconds);
      add("timestamp", "Timestamp", state.timestamp);
      break;
    case "Fail":
      add("error", "Error", state.error);
      add("cause", "Cause", state.cause);
      break;
    case "Map":
      add("maxConcurrency", "MaxConcurrency", state.maxConcurrency);
      add("toleratedFailurePercentage", "ToleratedFailurePercentage", state.toleratedFailurePercentage);
      add("toleratedFailureCount", "ToleratedFailureCount", state.toleratedFailureCount);
      add("itemReader.readerConfig.maxItems", "ItemReader.ReaderConfig.MaxItems", state.itemReader?.readerConfig?.maxItems);
      add("itemBatcher.maxItemsPerBatch", "ItemBatcher.MaxItemsPerBatch", state.itemBatcher?.maxItemsPerBatch);
      add("itemBatcher.maxInputBytesPerBatch", "ItemBatcher.MaxInputBytesPerBatch", state.itemBatcher?.maxInputBytesPerBatch);
      break;
  }
  return places.filter((p) => typeof p.value === "string");
}

/** JSON-valued fields whose strings a JSONPath state passes on as they are. */
function templateFields(state: StateNode): Place[] {
  const places: Place[] = [];
  const add = (option: string, field: string, value: Json | undefined) => places.push({ option, field, value });
  if ("assign" in state) add("assign", "Assign", state.assign);
  if ("parameters" in state) add("parameters", "Parameters", state.parameters);
  if ("resultSelector" in state) add("resultSelector", "ResultSelector", state.resultSelector);
  if ("catch" in state) state.catch?.forEach((c, i) => add(`assign of catcher ${i + 1}`, `Catch[${i}].Assign`, c.assign));
  switch (state.type) {
    case "Pass":
      add("result", "Result", state.result);
      break;
    case "Task":
      add("credentials", "Credentials", state.credentials);
      break;
    case "Choice":
      state.choices.forEach((rule, i) => add(`assign of rule ${i + 1}`, `Choices[${i}].Assign`, rule.assign));
      break;
    case "Map":
      add("itemSelector", "ItemSelector", state.itemSelector);
      add("itemBatcher.batchInput", "ItemBatcher.BatchInput", state.itemBatcher?.batchInput);
      add("itemReader.parameters", "ItemReader.Parameters", state.itemReader?.parameters);
      add("resultWriter.parameters", "ResultWriter.Parameters", state.resultWriter?.parameters);
      break;
  }
  return places.filter((p) => p.value !== undefined);
}

function hasJsonataCondition(condition: Condition): boolean {
  switch (condition.kind) {
    case "jsonata":
      return true;
    case "and":
    case "or":
      return condition.conditions.some(hasJsonataCondition);
    case "not":
      return hasJsonataCondition(condition.condition);
    case "compare":
      return false;
  }
}

export function checkJsonataOnlyFields(state: StateNode, report: Report): void {
  for (const p of jsonataOnly(state)) {
    report.error("ASLC134", state, `${p.option} (${p.field}) is a JSONata field; in a JSONPath state ${p.instead ? `${p.instead}, or ` : ""}${MAKE_JSONATA}`);
  }
  if (state.type === "Choice") {
    state.choices.forEach((rule, i) => {
      if (hasJsonataCondition(rule.condition)) {
        report.error("ASLC134", state, `rule ${i + 1} (Choices[${i}]) has a JSONata Condition; in a JSONPath state give a condition from the factory (c.stringEquals(…), …), or ${MAKE_JSONATA}`);
      }
    });
  }
  for (const p of scalarFields(state)) {
    if (!looksLikeExpression(String(p.value))) continue;
    report.error("ASLC135", state, `${p.option} (${p.field}) is the expression ${JSON.stringify(p.value)}, which a JSONPath state does not evaluate: ${MAKE_JSONATA}, or ${p.instead}`);
  }
  for (const read of variableReads(state, "JSONPath")) {
    if (read.name !== "states") continue;
    report.error("ASLC134", state, `${read.where} reads $states, which exists only in JSONata states: in a JSONPath state read the input with $ and the context with $$, or ${MAKE_JSONATA}`);
  }
  for (const p of templateFields(state)) {
    for (const { where, text } of stringsIn(p.value!, p.field)) {
      if (!looksLikeExpression(text)) continue;
      report.error("ASLC135", state, `${where} holds ${JSON.stringify(text)}, which a JSONPath state passes on as literal text, not evaluated: ${MAKE_JSONATA}`);
    }
  }
}
