/**
 * IR → Amazon States Language. A pure function: keys in a fixed order (Type first, then the
 * spec's order), no undefined keys, so the same IR always gives the same bytes.
 */
import type { Catcher, Condition, Json, Retrier, StateNode, SubMachine, Transition, WorkflowIR } from "@aslc/dsl";
import { CompileError } from "../../diagnostics.ts";
import { validateWorkflow } from "../../validate/index.ts";
import { definitionSizeProblem } from "../../limits/definition-size.ts";

export type AslObject = { [key: string]: AslValue };
export type AslValue = string | number | boolean | null | AslValue[] | AslObject;

/** Builds an object from [key, value] pairs in order, leaving out undefined values. */
function ordered(entries: readonly (readonly [string, unknown])[]): AslObject {
  const out: AslObject = {};
  for (const [key, value] of entries) if (value !== undefined) out[key] = value as AslValue;
  return out;
}

function copy(value: Json | undefined): AslValue | undefined {
  return value === undefined ? undefined : (structuredClone(value) as AslValue);
}

function transition(t: Transition): (readonly [string, unknown])[] {
  return t.end ? [["End", true]] : [["Next", t.next]];
}

function retrier(r: Retrier): AslObject {
  return ordered([
    ["ErrorEquals", [...r.errorEquals]],
    ["IntervalSeconds", r.intervalSeconds],
    ["MaxAttempts", r.maxAttempts],
    ["BackoffRate", r.backoffRate],
    ["MaxDelaySeconds", r.maxDelaySeconds],
    ["JitterStrategy", r.jitterStrategy],
    ["Comment", r.comment],
  ]);
}

function catcher(c: Catcher): AslObject {
  return ordered([
    ["ErrorEquals", [...c.errorEquals]],
    ["Next", c.next],
    ["ResultPath", c.resultPath],
    ["Output", copy(c.output)],
    ["Assign", copy(c.assign)],
    ["Comment", c.comment],
  ]);
}

function condition(c: Condition): AslObject {
  switch (c.kind) {
    case "compare":
      return ordered([
        ["Variable", c.variable],
        [c.operator, c.operand],
      ]);
    case "and":
      return { And: c.conditions.map(condition) };
    case "or":
      return { Or: c.conditions.map(condition) };
    case "not":
      return { Not: condition(c.condition) };
    case "jsonata":
      return { Condition: c.expression };
  }
}

/** Output and Assign: what a state hands on and the variables it sets, after its other fields. */
function outputs(s: { output?: Json; assign?: Json }): (readonly [string, unknown])[] {
  return [
    ["Output", copy(s.output)],
    ["Assign", copy(s.assign)],
  ];
}

function machine(m: SubMachine, extra: (readonly [string, unknown])[] = []): AslObject {
  return ordered([
    ["Comment", m.comment],
    ...extra,
    ["StartAt", m.startAt],
    ["States", states(m.states)],
  ]);
}

function states(list: readonly StateNode[]): AslObject {
  // State names are the author's: fromEntries keeps one called `__proto__` as a plain key.
  return Object.fromEntries(list.map((state) => [state.name, stateObject(state)]));
}

function fallible(s: { retry?: readonly Retrier[]; catch?: readonly Catcher[] }): (readonly [string, unknown])[] {
  return [
    ["Retry", s.retry?.map(retrier)],
    ["Catch", s.catch?.map(catcher)],
  ];
}

function stateObject(s: StateNode): AslObject {
  const head: (readonly [string, unknown])[] = [
    ["Type", s.type],
    ["Comment", s.comment],
    ["QueryLanguage", s.queryLanguage],
  ];
  switch (s.type) {
    case "Task":
      return ordered([
        ...head,
        ["Resource", s.resource],
        ["InputPath", s.inputPath],
        ["Parameters", copy(s.parameters)],
        ["Arguments", copy(s.arguments)],
        ["ResultSelector", copy(s.resultSelector)],
        ["ResultPath", s.resultPath],
        ["OutputPath", s.outputPath],
        ...outputs(s),
        ["TimeoutSeconds", s.timeoutSeconds],
        ["TimeoutSecondsPath", s.timeoutSecondsPath],
        ["HeartbeatSeconds", s.heartbeatSeconds],
        ["HeartbeatSecondsPath", s.heartbeatSecondsPath],
        ["Credentials", copy(s.credentials)],
        ...fallible(s),
        ...transition(s.transition),
      ]);
    case "Pass":
      return ordered([
        ...head,
        ["InputPath", s.inputPath],
        ["Parameters", copy(s.parameters)],
        ["Result", copy(s.result)],
        ["ResultPath", s.resultPath],
        ["OutputPath", s.outputPath],
        ...outputs(s),
        ...transition(s.transition),
      ]);
    case "Wait":
      return ordered([
        ...head,
        ["InputPath", s.inputPath],
        ["Seconds", s.seconds],
        ["SecondsPath", s.secondsPath],
        ["Timestamp", s.timestamp],
        ["TimestampPath", s.timestampPath],
        ["OutputPath", s.outputPath],
        ...outputs(s),
        ...transition(s.transition),
      ]);
    case "Choice":
      return ordered([
        ...head,
        ["InputPath", s.inputPath],
        [
          "Choices",
          s.choices.map((rule) => ordered([...Object.entries(condition(rule.condition)), ["Next", rule.next], ...outputs(rule), ["Comment", rule.comment]])),
        ],
        ["Default", s.default],
        ["OutputPath", s.outputPath],
        ...outputs(s),
      ]);
    case "Succeed":
      return ordered([...head, ["InputPath", s.inputPath], ["OutputPath", s.outputPath], ["Output", copy(s.output)]]);
    case "Fail":
      return ordered([...head, ["Error", s.error], ["ErrorPath", s.errorPath], ["Cause", s.cause], ["CausePath", s.causePath]]);
    case "Parallel":
      return ordered([
        ...head,
        ["InputPath", s.inputPath],
        ["Parameters", copy(s.parameters)],
        ["Arguments", copy(s.arguments)],
        ["Branches", s.branches.map((b) => machine(b))],
        ["ResultSelector", copy(s.resultSelector)],
        ["ResultPath", s.resultPath],
        ["OutputPath", s.outputPath],
        ...outputs(s),
        ...fallible(s),
        ...transition(s.transition),
      ]);
    case "Map": {
      const processor = s.itemProcessor;
      const config = processor.mode === "DISTRIBUTED" || processor.executionType ? ordered([["Mode", processor.mode], ["ExecutionType", processor.executionType]]) : undefined;
      const reader = s.itemReader;
      const readerConfig = reader?.readerConfig;
      const batcher = s.itemBatcher;
      const writer = s.resultWriter;
      return ordered([
        ...head,
        ["InputPath", s.inputPath],
        [
          "ItemReader",
          reader &&
            ordered([
              ["Resource", reader.resource],
              ["Parameters", copy(reader.parameters)],
              ["Arguments", copy(reader.arguments)],
              [
                "ReaderConfig",
                readerConfig &&
                  ordered([
                    ["InputType", readerConfig.inputType],
                    ["CSVHeaderLocation", readerConfig.csvHeaderLocation],
                    ["CSVHeaders", readerConfig.csvHeaders && [...readerConfig.csvHeaders]],
                    ["CSVDelimiter", readerConfig.csvDelimiter],
                    ["MaxItems", readerConfig.maxItems],
                    ["MaxItemsPath", readerConfig.maxItemsPath],
                    ["Transformation", readerConfig.transformation],
                    ["ManifestType", readerConfig.manifestType],
                    ["ItemsPointer", readerConfig.itemsPointer],
                  ]),
              ],
            ]),
        ],
        ["ItemsPath", s.itemsPath],
        ["Items", copy(s.items)],
        ["ItemSelector", copy(s.itemSelector)],
        [
          "ItemBatcher",
          batcher &&
            ordered([
              ["MaxItemsPerBatch", batcher.maxItemsPerBatch],
              ["MaxItemsPerBatchPath", batcher.maxItemsPerBatchPath],
              ["MaxInputBytesPerBatch", batcher.maxInputBytesPerBatch],
              ["MaxInputBytesPerBatchPath", batcher.maxInputBytesPerBatchPath],
              ["BatchInput", copy(batcher.batchInput)],
            ]),
        ],
        ["MaxConcurrency", s.maxConcurrency],
        ["MaxConcurrencyPath", s.maxConcurrencyPath],
        ["ToleratedFailurePercentage", s.toleratedFailurePercentage],
        ["ToleratedFailurePercentagePath", s.toleratedFailurePercentagePath],
        ["ToleratedFailureCount", s.toleratedFailureCount],
        ["ToleratedFailureCountPath", s.toleratedFailureCountPath],
        ["ItemProcessor", machine(processor, [["ProcessorConfig", config]])],
        [
          "ResultWriter",
          writer &&
            ordered([
              ["Resource", writer.resource],
              ["Parameters", copy(writer.parameters)],
              ["Arguments", copy(writer.arguments)],
              ["WriterConfig", writer.writerConfig && ordered([["OutputType", writer.writerConfig.outputType], ["Transformation", writer.writerConfig.transformation]])],
            ]),
        ],
        ["Label", s.label],
        ["ResultSelector", copy(s.resultSelector)],
        ["ResultPath", s.resultPath],
        ["OutputPath", s.outputPath],
        ...outputs(s),
        ...fallible(s),
        ...transition(s.transition),
      ]);
    }
  }
}

/** The ASL object for a workflow, without validating it. */
export function aslDefinition(workflow: WorkflowIR): AslObject {
  return ordered([
    ["Comment", workflow.comment],
    ["QueryLanguage", workflow.queryLanguage],
    ["StartAt", workflow.startAt],
    ["States", states(workflow.states)],
    ["TimeoutSeconds", workflow.timeoutSeconds],
    ["Version", workflow.version],
  ]);
}

/** Validates a workflow and renders its ASL as JSON text ending in a newline; throws CompileError on problems. */
export function emitAsl(workflow: WorkflowIR): string {
  const problems = validateWorkflow(workflow).filter((d) => d.severity === "error");
  if (problems.length > 0) throw new CompileError(problems);
  const definition = aslDefinition(workflow);
  const text = `${JSON.stringify(definition, null, 2)}\n`;
  const tooLarge = definitionSizeProblem(workflow, definition, text);
  if (tooLarge) throw new CompileError([tooLarge]);
  return text;
}
