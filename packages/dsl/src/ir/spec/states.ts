/**
 * The spec of every state kind: its fields in ASL's emission order (after Type), each with its
 * kind, query language, what it reads, its twin and range, and what to write instead in the other
 * language. Shared fields are written once below and spread where a state has them.
 */
import type { ChoiceNode, FailNode, MapNode, ParallelNode, PassNode, StateType, SucceedNode, TaskNode, WaitNode, WorkflowIR } from "../nodes.ts";
import { pathTwin, type ObjectSpec, type SpecOf } from "./field-spec.ts";
import { CATCHER, CHOICE_RULE, ITEM_BATCHER, ITEM_PROCESSOR, ITEM_READER, MAX_SECONDS, RESULT_WRITER, RETRIER, SUB_MACHINE } from "./nested.ts";

/** Timeouts and heartbeats: a whole number of seconds, at least one. */
const WHOLE_SECONDS = { min: 1, max: MAX_SECONDS, integer: true, code: "ASLC112" } as const;

const HEAD = {
  comment: { asl: "Comment", kind: "text", doc: "A note for readers." },
  queryLanguage: {
    asl: "QueryLanguage",
    kind: "language",
    default: "the workflow's",
    doc: "JSONata or JSONPath for this state; a JSONata workflow holds only JSONata states.",
  },
} as const;

const INPUT_PATH = {
  inputPath: {
    asl: "InputPath",
    kind: "path",
    languages: "JSONPath",
    reads: "input",
    default: "$",
    instead: "read what you need from $states.input in the state's expressions",
    doc: "The part of the input the state works on; null gives it {}.",
  },
} as const;

const OUTPUT_PATH = {
  outputPath: { asl: "OutputPath", kind: "path", languages: "JSONPath", reads: "output", default: "$", instead: "give output", doc: "The part of the state's output passed on; null passes {}." },
} as const;

const PARAMETERS = {
  parameters: { asl: "Parameters", kind: "payload", languages: "JSONPath", reads: "effective-input", instead: "give arguments", doc: "The request: a payload template read against the effective input (or any other JSON value, sent as written)." },
} as const;

const ARGUMENTS = {
  arguments: { asl: "Arguments", kind: "payload", languages: "JSONata", reads: "input", instead: "give parameters", doc: "The request: a JSONata value read against `$states.input`." },
} as const;

const RESULT_SELECTOR = {
  resultSelector: {
    asl: "ResultSelector",
    kind: "payload",
    languages: "JSONPath",
    reads: "result",
    instead: "shape the result in output from $states.result",
    doc: "A payload template read against the result, replacing it.",
  },
} as const;

/** ResultPath of states that do work: the result goes into the input. */
const RESULT_PATH_OF_RESULT = {
  resultPath: {
    asl: "ResultPath",
    kind: "reference-path",
    languages: "JSONPath",
    reads: "result",
    writes: true,
    noContext: true,
    default: "$",
    instead: "combine $states.input and $states.result in output",
    doc: "Where the result goes in the input; null discards it.",
  },
} as const;

/** ResultPath of Pass: its result (Result or Parameters) goes into the input. */
const RESULT_PATH_OF_PASS = {
  resultPath: { ...RESULT_PATH_OF_RESULT.resultPath, reads: "effective-input", instead: "give output" },
} as const;

/** Output and Assign of states that do work: they read `$states.result`. */
const OUTPUT_AFTER_RESULT = {
  output: {
    asl: "Output",
    kind: "payload",
    languages: "JSONata",
    reads: "result",
    default: "{% $states.result %}",
    instead: "shape the output with outputPath (and resultSelector, resultPath)",
    doc: "The state's output: a JSONata value that may read `$states.result`.",
  },
  assign: { asl: "Assign", kind: "payload", reads: "result", doc: "Workflow variables the state sets, read after the work." },
} as const;

/** Output and Assign of states that do no work. */
const OUTPUT_OF_INPUT = {
  output: { ...OUTPUT_AFTER_RESULT.output, reads: "input", default: "{% $states.input %}" },
  assign: { ...OUTPUT_AFTER_RESULT.assign, reads: "input", doc: "Workflow variables the state sets." },
} as const;

const FALLIBLE = {
  retry: { asl: "Retry", kind: "list", nested: RETRIER, entry: "retrier", doc: "Retriers, tried in order when the state fails." },
  catch: { asl: "Catch", kind: "list", nested: CATCHER, entry: "catcher", doc: "Catchers, tried in order when the state fails for good." },
} as const;

const TRANSITION = {
  transition: { asl: "Next", kind: "transition", doc: "The next state (Next), or End: true." },
} as const;

export const TASK = {
  ...HEAD,
  resource: { asl: "Resource", kind: "text", doc: "The work: an integration's ARN, a Lambda or activity ARN, or a `${Name}` placeholder." },
  integration: { asl: null, kind: "integration", doc: "What the resource does, for result wrappers and handler contracts." },
  ...INPUT_PATH,
  ...PARAMETERS,
  ...ARGUMENTS,
  ...RESULT_SELECTOR,
  ...RESULT_PATH_OF_RESULT,
  ...OUTPUT_PATH,
  ...OUTPUT_AFTER_RESULT,
  timeoutSeconds: {
    asl: "TimeoutSeconds",
    kind: "scalar", value: "number",
    twin: "timeoutSecondsPath",
    reads: "input",
    range: WHOLE_SECONDS,
    default: MAX_SECONDS,
    doc: "The task fails with States.Timeout after this many seconds.",
  },
  timeoutSecondsPath: pathTwin("TimeoutSecondsPath", "timeoutSeconds"),
  heartbeatSeconds: {
    asl: "HeartbeatSeconds",
    kind: "scalar", value: "number",
    twin: "heartbeatSecondsPath",
    reads: "input",
    range: WHOLE_SECONDS,
    doc: "The task fails with States.HeartbeatTimeout when no heartbeat comes for this many seconds.",
  },
  heartbeatSecondsPath: pathTwin("HeartbeatSecondsPath", "heartbeatSeconds"),
  credentials: { asl: "Credentials", kind: "payload", reads: "input", doc: "The role to assume for the work (RoleArn, or RoleArn.$)." },
  ...FALLIBLE,
  ...TRANSITION,
  resultSchema: { asl: null, kind: "schema", option: "result", doc: "The result the work returns (for Lambda, the handler's return value)." },
} as const satisfies SpecOf<TaskNode>;

export const PASS = {
  ...HEAD,
  ...INPUT_PATH,
  parameters: { ...PARAMETERS.parameters, instead: "give output" },
  result: { asl: "Result", kind: "json", languages: "JSONPath", instead: "give output", doc: "A fixed result, in place of the effective input." },
  ...RESULT_PATH_OF_PASS,
  ...OUTPUT_PATH,
  ...OUTPUT_OF_INPUT,
  ...TRANSITION,
} as const satisfies SpecOf<PassNode>;

export const WAIT = {
  ...HEAD,
  ...INPUT_PATH,
  seconds: {
    asl: "Seconds",
    kind: "scalar", value: "number",
    twin: "secondsPath",
    reads: "input",
    range: { min: 0, max: MAX_SECONDS, integer: true, code: "ASLC112" },
    doc: "Wait this many seconds.",
  },
  secondsPath: pathTwin("SecondsPath", "seconds"),
  timestamp: { asl: "Timestamp", kind: "scalar", value: "timestamp", twin: "timestampPath", reads: "input", doc: "Wait until this RFC 3339 time (2026-03-14T01:59:00Z)." },
  timestampPath: pathTwin("TimestampPath", "timestamp"),
  ...OUTPUT_PATH,
  ...OUTPUT_OF_INPUT,
  ...TRANSITION,
} as const satisfies SpecOf<WaitNode>;

export const CHOICE = {
  ...HEAD,
  ...INPUT_PATH,
  choices: { asl: "Choices", kind: "list", option: null, nested: CHOICE_RULE, entry: "rule", doc: "The rules, tried in order; the first that holds is followed." },
  default: { asl: "Default", kind: "target", option: null, doc: "The state to go to when no rule holds; without one, no match fails with States.NoChoiceMatched." },
  ...OUTPUT_PATH,
  ...OUTPUT_OF_INPUT,
} as const satisfies SpecOf<ChoiceNode>;

export const SUCCEED = {
  ...HEAD,
  ...INPUT_PATH,
  ...OUTPUT_PATH,
  output: OUTPUT_OF_INPUT.output,
} as const satisfies SpecOf<SucceedNode>;

export const FAIL = {
  ...HEAD,
  error: { asl: "Error", kind: "scalar", value: "string", twin: "errorPath", reads: "input", doc: "The error name the execution fails with." },
  errorPath: { asl: "ErrorPath", kind: "reference-path", languages: "JSONPath", twin: "error", intrinsic: true, reads: "input", doc: "Where the input holds Error (or an intrinsic giving it)." },
  cause: { asl: "Cause", kind: "scalar", value: "string", twin: "causePath", reads: "input", doc: "A description of the failure." },
  causePath: { asl: "CausePath", kind: "reference-path", languages: "JSONPath", twin: "cause", intrinsic: true, reads: "input", doc: "Where the input holds Cause (or an intrinsic giving it)." },
} as const satisfies SpecOf<FailNode>;

export const PARALLEL = {
  ...HEAD,
  ...INPUT_PATH,
  ...PARAMETERS,
  arguments: { ...ARGUMENTS.arguments, doc: "The input every branch receives: a JSONata value read against `$states.input`." },
  branches: { asl: "Branches", kind: "machines", nested: SUB_MACHINE, doc: "The branches, run at the same time; the result is their outputs in order." },
  ...RESULT_SELECTOR,
  ...RESULT_PATH_OF_RESULT,
  ...OUTPUT_PATH,
  ...OUTPUT_AFTER_RESULT,
  ...FALLIBLE,
  ...TRANSITION,
} as const satisfies SpecOf<ParallelNode>;

export const MAP = {
  ...HEAD,
  ...INPUT_PATH,
  itemReader: { asl: "ItemReader", kind: "object", nested: ITEM_READER, doc: "Distributed Map: read the items from S3." },
  itemsPath: {
    asl: "ItemsPath",
    kind: "reference-path",
    languages: "JSONPath",
    reads: "effective-input",
    default: "$",
    instead: `give items, e.g. "{% $states.input.… %}"`,
    doc: "Where the effective input holds the items. Not applied beside an itemReader, whose items the Map iterates over (ASLC156).",
  },
  items: { asl: "Items", kind: "payload", languages: "JSONata", reads: "input", instead: "give itemsPath", doc: "The items: an array, or an expression giving one." },
  itemSelector: { asl: "ItemSelector", kind: "payload", reads: "input", doc: "What each iteration receives; it may read the item from the context (Map.Item)." },
  parameters: {
    asl: "Parameters",
    kind: "payload",
    languages: "JSONPath",
    reads: "input",
    twin: "itemSelector",
    deprecatedFor: "itemSelector",
    instead: "give itemSelector",
    doc: "The deprecated form of ItemSelector, emitted as Parameters.",
  },
  itemBatcher: { asl: "ItemBatcher", kind: "object", nested: ITEM_BATCHER, doc: "Distributed Map: hand each child workflow a batch of items." },
  maxConcurrency: { asl: "MaxConcurrency", kind: "scalar", value: "number", twin: "maxConcurrencyPath", reads: "input", default: 0, doc: "Iterations running at once at most; 0 is no limit." },
  maxConcurrencyPath: pathTwin("MaxConcurrencyPath", "maxConcurrency"),
  toleratedFailurePercentage: {
    asl: "ToleratedFailurePercentage",
    kind: "scalar", value: "number",
    twin: "toleratedFailurePercentagePath",
    reads: "input",
    range: { min: 0, max: 100, code: "ASLC116" },
    default: 0,
    doc: "Distributed Map: the share of failed items that still succeeds.",
  },
  toleratedFailurePercentagePath: pathTwin("ToleratedFailurePercentagePath", "toleratedFailurePercentage"),
  toleratedFailureCount: {
    asl: "ToleratedFailureCount",
    kind: "scalar", value: "number",
    twin: "toleratedFailureCountPath",
    reads: "input",
    range: { min: 0, integer: true, code: "ASLC116" },
    default: 0,
    doc: "Distributed Map: the number of failed items that still succeeds.",
  },
  toleratedFailureCountPath: pathTwin("ToleratedFailureCountPath", "toleratedFailureCount"),
  itemProcessor: { asl: "ItemProcessor", kind: "machine", nested: ITEM_PROCESSOR, doc: "The machine each item runs through." },
  iterator: {
    asl: "Iterator",
    kind: "machine",
    nested: ITEM_PROCESSOR,
    deprecatedFor: "itemProcessor",
    doc: "The deprecated form of ItemProcessor (`processorField: \"Iterator\"`), emitted as Iterator.",
  },
  resultWriter: { asl: "ResultWriter", kind: "object", nested: RESULT_WRITER, doc: "Distributed Map: write the results to S3." },
  label: { asl: "Label", kind: "text", doc: "Distributed Map: a name for the Map Run (40 characters at most)." },
  ...RESULT_SELECTOR,
  ...RESULT_PATH_OF_RESULT,
  ...OUTPUT_PATH,
  ...OUTPUT_AFTER_RESULT,
  ...FALLIBLE,
  ...TRANSITION,
  itemSchema: { asl: null, kind: "schema", doc: "The item type when an ItemReader reads the items and the author declared it." },
} as const satisfies SpecOf<MapNode>;

/** Every state kind's spec, by its ASL Type: a new state kind does not compile until it has one. */
export const STATE_SPECS = {
  Task: TASK,
  Pass: PASS,
  Wait: WAIT,
  Choice: CHOICE,
  Succeed: SUCCEED,
  Fail: FAIL,
  Parallel: PARALLEL,
  Map: MAP,
} as const satisfies Record<StateType, ObjectSpec>;

export type StateSpecs = typeof STATE_SPECS;

export const WORKFLOW = {
  comment: { asl: "Comment", kind: "text", doc: "A note for readers." },
  queryLanguage: { asl: "QueryLanguage", kind: "language", default: "JSONPath", doc: "The machine's query language; a JSONata machine holds only JSONata states." },
  startAt: { asl: "StartAt", kind: "target", option: null, doc: "The first state." },
  states: { asl: "States", kind: "states", doc: "The states, by name." },
  timeoutSeconds: {
    asl: "TimeoutSeconds",
    kind: "number",
    range: WHOLE_SECONDS,
    doc: "The execution fails with States.Timeout after this many seconds.",
  },
  version: { asl: "Version", kind: "text", default: "1.0", doc: "The ASL version." },
  inputSchema: { asl: null, kind: "schema", option: "input", doc: "The execution input's schema." },
  expressionSchemas: { asl: null, kind: "schema", option: null, doc: "What `jsonata(expression, schema)` expressions and `States.StringToJson(text, schema)` calls give, by their text." },
} as const satisfies SpecOf<WorkflowIR>;
