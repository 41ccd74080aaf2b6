/**
 * A JSONata state reads its input with `$states.input` and shapes its data with arguments and
 * output, so the JSONPath fields (paths, Parameters, ResultSelector, ResultPath, Result, every
 * *Path variant), `.$` template keys and Variable-based Choice rules have no place in it.
 */
import type { StateNode } from "@aslc/dsl";
import { jsonataFields, keysIn } from "./jsonata-fields.ts";
import type { Report } from "./report.ts";

interface Misplaced {
  readonly option: string;
  readonly field: string;
  readonly value: unknown;
  /** What to write instead, in a JSONata state. */
  readonly instead: string;
}

function pathField(option: string, field: string, value: unknown, plain: string): Misplaced {
  return { option, field, value, instead: `give ${plain} as an expression, e.g. "{% $states.input.… %}"` };
}

function misplacedFields(state: StateNode): Misplaced[] {
  const found: Misplaced[] = [];
  const worksOnResult = state.type === "Task" || state.type === "Parallel" || state.type === "Map";
  if ("inputPath" in state) found.push({ option: "inputPath", field: "InputPath", value: state.inputPath, instead: "read what you need from $states.input in the state's expressions" });
  if ("outputPath" in state) found.push({ option: "outputPath", field: "OutputPath", value: state.outputPath, instead: "give output" });
  if ("parameters" in state) {
    found.push({ option: "parameters", field: "Parameters", value: state.parameters, instead: state.type === "Pass" ? "give output" : "give arguments" });
  }
  if ("resultSelector" in state) found.push({ option: "resultSelector", field: "ResultSelector", value: state.resultSelector, instead: "shape the result in output from $states.result" });
  if ("resultPath" in state) {
    found.push({
      option: "resultPath",
      field: "ResultPath",
      value: state.resultPath,
      instead: worksOnResult ? "combine $states.input and $states.result in output" : "give output",
    });
  }
  if ("catch" in state) {
    state.catch?.forEach((c, i) =>
      found.push({ option: `resultPath of catcher ${i + 1}`, field: `Catch[${i}].ResultPath`, value: c.resultPath, instead: "give the catcher an output built from $states.errorOutput" }),
    );
  }
  switch (state.type) {
    case "Pass":
      found.push({ option: "result", field: "Result", value: state.result, instead: "give output" });
      break;
    case "Task":
      found.push(pathField("timeoutSecondsPath", "TimeoutSecondsPath", state.timeoutSecondsPath, "timeoutSeconds"));
      found.push(pathField("heartbeatSecondsPath", "HeartbeatSecondsPath", state.heartbeatSecondsPath, "heartbeatSeconds"));
      break;
    case "Wait":
      found.push(pathField("secondsPath", "SecondsPath", state.secondsPath, "seconds"));
      found.push(pathField("timestampPath", "TimestampPath", state.timestampPath, "timestamp"));
      break;
    case "Fail":
      found.push(pathField("errorPath", "ErrorPath", state.errorPath, "error"));
      found.push(pathField("causePath", "CausePath", state.causePath, "cause"));
      break;
    case "Map":
      found.push({ option: "itemsPath", field: "ItemsPath", value: state.itemsPath, instead: `give items, e.g. "{% $states.input.… %}"` });
      found.push(pathField("maxConcurrencyPath", "MaxConcurrencyPath", state.maxConcurrencyPath, "maxConcurrency"));
      found.push(pathField("toleratedFailurePercentagePath", "ToleratedFailurePercentagePath", state.toleratedFailurePercentagePath, "toleratedFailurePercentage"));
      found.push(pathField("toleratedFailureCountPath", "ToleratedFailureCountPath", state.toleratedFailureCountPath, "toleratedFailureCount"));
      found.push({ option: "itemReader.parameters", field: "ItemReader.Parameters", value: state.itemReader?.parameters, instead: "give itemReader.arguments" });
      found.push(
        pathField("itemReader.readerConfig.maxItemsPath", "ItemReader.ReaderConfig.MaxItemsPath", state.itemReader?.readerConfig?.maxItemsPath, "itemReader.readerConfig.maxItems"),
      );
      found.push(pathField("itemBatcher.maxItemsPerBatchPath", "ItemBatcher.MaxItemsPerBatchPath", state.itemBatcher?.maxItemsPerBatchPath, "itemBatcher.maxItemsPerBatch"));
      found.push(
        pathField("itemBatcher.maxInputBytesPerBatchPath", "ItemBatcher.MaxInputBytesPerBatchPath", state.itemBatcher?.maxInputBytesPerBatchPath, "itemBatcher.maxInputBytesPerBatch"),
      );
      found.push({ option: "resultWriter.parameters", field: "ResultWriter.Parameters", value: state.resultWriter?.parameters, instead: "give resultWriter.arguments" });
      break;
  }
  return found.filter((m) => m.value !== undefined);
}

export function checkJsonPathOnlyFields(state: StateNode, report: Report): void {
  for (const m of misplacedFields(state)) {
    report.error("ASLC131", state, `${m.option} (${m.field}) is a JSONPath field; in a JSONata state ${m.instead}`);
  }
  if (state.type === "Choice") {
    state.choices.forEach((rule, i) => {
      if (rule.condition.kind !== "jsonata") {
        report.error(
          "ASLC132",
          state,
          `rule ${i + 1} (Choices[${i}]) tests a Variable with comparison operators, a JSONPath rule; in a JSONata state give a Condition: when("{% $states.input.… > 100 %}", …) or a condition from the factory`,
        );
      }
    });
  }
  for (const field of jsonataFields(state)) {
    for (const { where, key } of keysIn(field.value, field.field)) {
      if (!key.endsWith(".$")) continue;
      report.error(
        "ASLC133",
        state,
        `${where}: a key ending in .$ is JSONPath; in a JSONata state write "${key.slice(0, -2)}" and give its value as an expression, "{% … %}"`,
      );
    }
  }
}
