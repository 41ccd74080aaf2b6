/**
 * The fields of a JSONata state that Step Functions evaluates as JSONata, each with its place
 * named both ways (ASL's field and the builder option) and what `$states` holds when it runs.
 */
import type { Json, StateNode } from "@aslc/dsl";

/**
 * When a field is evaluated: before the work (`$states.input` only), after it (`$states.result`
 * too: Output and Assign of Task, Parallel and Map), or in a catcher (`$states.errorOutput`).
 */
export type Phase = "input" | "result" | "error";

export interface JsonataField {
  /** ASL's name for the place: "Output", "Catch[0].Assign", "Choices[1].Condition". */
  readonly field: string;
  /** The builder option that sets it: "output", "catch assign", "when(…) condition". */
  readonly option: string;
  readonly value: Json;
  readonly phase: Phase;
}

/** States whose Output and Assign run after work that gives a result. */
function hasResult(state: StateNode): boolean {
  return state.type === "Task" || state.type === "Parallel" || state.type === "Map";
}

export function jsonataFields(state: StateNode): JsonataField[] {
  const fields: JsonataField[] = [];
  const add = (field: string, option: string, value: Json | undefined, phase: Phase = "input") => {
    if (value !== undefined) fields.push({ field, option, value, phase });
  };
  const after: Phase = hasResult(state) ? "result" : "input";
  if (state.type !== "Fail") add("Output", "output", state.output, after);
  if ("assign" in state) add("Assign", "assign", state.assign, after);
  if ("catch" in state) {
    state.catch?.forEach((c, i) => {
      add(`Catch[${i}].Output`, `output of catcher ${i + 1}`, c.output, "error");
      add(`Catch[${i}].Assign`, `assign of catcher ${i + 1}`, c.assign, "error");
    });
  }
  switch (state.type) {
    case "Task":
      add("Arguments", "arguments", state.arguments);
      add("TimeoutSeconds", "timeoutSeconds", state.timeoutSeconds);
      add("HeartbeatSeconds", "heartbeatSeconds", state.heartbeatSeconds);
      add("Credentials", "credentials", state.credentials);
      break;
    case "Parallel":
      add("Arguments", "arguments", state.arguments);
      break;
    case "Wait":
      add("Seconds", "seconds", state.seconds);
      add("Timestamp", "timestamp", state.timestamp);
      break;
    case "Fail":
      add("Error", "error", state.error);
      add("Cause", "cause", state.cause);
      break;
    case "Choice":
      state.choices.forEach((rule, i) => {
        if (rule.condition.kind === "jsonata") add(`Choices[${i}].Condition`, `condition of rule ${i + 1}`, rule.condition.expression);
        add(`Choices[${i}].Output`, `output of rule ${i + 1}`, rule.output);
        add(`Choices[${i}].Assign`, `assign of rule ${i + 1}`, rule.assign);
      });
      break;
    case "Map":
      add("Items", "items", state.items);
      add("ItemSelector", "itemSelector", state.itemSelector);
      add("MaxConcurrency", "maxConcurrency", state.maxConcurrency);
      add("ToleratedFailurePercentage", "toleratedFailurePercentage", state.toleratedFailurePercentage);
      add("ToleratedFailureCount", "toleratedFailureCount", state.toleratedFailureCount);
      add("ItemReader.Arguments", "itemReader.arguments", state.itemReader?.arguments);
      add("ItemReader.ReaderConfig.MaxItems", "itemReader.readerConfig.maxItems", state.itemReader?.readerConfig?.maxItems);
      add("ItemBatcher.MaxItemsPerBatch", "itemBatcher.maxItemsPerBatch", state.itemBatcher?.maxItemsPerBatch);
      add("ItemBatcher.MaxInputBytesPerBatch", "itemBatcher.maxInputBytesPerBatch", state.itemBatcher?.maxInputBytesPerBatch);
      add("ItemBatcher.BatchInput", "itemBatcher.batchInput", state.itemBatcher?.batchInput);
      add("ResultWriter.Arguments", "resultWriter.arguments", state.resultWriter?.arguments);
      break;
    case "Pass":
    case "Succeed":
      break;
  }
  return fields;
}

/** Every string in a JSON value with its place (`Arguments.Payload.id`, `Items[2]`). */
export function* stringsIn(value: Json, where: string): Generator<{ readonly where: string; readonly text: string }> {
  if (typeof value === "string") {
    yield { where, text: value };
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* stringsIn(item, `${where}[${i}]`);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value as { readonly [key: string]: Json })) yield* stringsIn(item, `${where}.${key}`);
  }
}

/** Every object key in a JSON value with its place. */
export function* keysIn(value: Json, where: string): Generator<{ readonly where: string; readonly key: string }> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* keysIn(item, `${where}[${i}]`);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value as { readonly [key: string]: Json })) {
      yield { where: `${where}.${key}`, key };
      yield* keysIn(item, `${where}.${key}`);
    }
  }
}

/**
 * A string meant as an expression: `{%` first or `%}` last. Step Functions evaluates only the
 * whole `{% … %}` string, so one with anything outside the delimiters is a mistake or a literal.
 */
export function looksLikeExpression(text: string): boolean {
  return text.startsWith("{%") || text.endsWith("%}");
}
