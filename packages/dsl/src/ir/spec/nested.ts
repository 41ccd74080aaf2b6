/**
 * The spec of ASL's nested objects: Retry and Catch entries, Choice rules, a nested machine,
 * and the Distributed Map's ItemReader, ItemBatcher and ResultWriter.
 */
import type { Catcher, ChoiceRule, ItemBatcher, ItemProcessor, ItemReader, ResultWriter, Retrier, SubMachine } from "../nodes.ts";
import { pathTwin, type SpecOf } from "./field-spec.ts";

/** The longest wait ASL allows for a timeout, heartbeat or retry interval, in seconds. */
export const MAX_SECONDS = 99999999;

export const RETRIER = {
  errorEquals: { asl: "ErrorEquals", kind: "strings", doc: "The error names this retrier handles (`States.ALL` alone, last, for any)." },
  intervalSeconds: {
    asl: "IntervalSeconds",
    kind: "number",
    range: { min: 1, max: MAX_SECONDS, integer: true, code: "ASLC109" },
    default: 1,
    doc: "Seconds before the first retry.",
  },
  maxAttempts: { asl: "MaxAttempts", kind: "number", range: { min: 0, max: MAX_SECONDS, integer: true, code: "ASLC109" }, default: 3, doc: "Retries at most; 0 never retries." },
  backoffRate: { asl: "BackoffRate", kind: "number", range: { min: 1, code: "ASLC109" }, default: 2, doc: "What each interval is multiplied by." },
  maxDelaySeconds: { asl: "MaxDelaySeconds", kind: "number", range: { min: 1, max: 31622400, integer: true, code: "ASLC109" }, doc: "The longest interval, in seconds." },
  jitterStrategy: { asl: "JitterStrategy", kind: "enum", values: ["FULL", "NONE"], default: "NONE", doc: "FULL randomises each interval." },
  comment: { asl: "Comment", kind: "text", doc: "A note for readers." },
} as const satisfies SpecOf<Retrier>;

export const CATCHER = {
  errorEquals: { asl: "ErrorEquals", kind: "strings", doc: "The error names this catcher handles (`States.ALL` alone, last, for any)." },
  next: { asl: "Next", kind: "target", doc: "The state to go to when this catcher matches." },
  resultPath: {
    asl: "ResultPath",
    kind: "reference-path",
    languages: "JSONPath",
    reads: "error-output",
    writes: true,
    noContext: true,
    default: "$",
    instead: "give the catcher an output built from $states.errorOutput",
    doc: "Where the error output goes in the state's input; null discards it.",
  },
  output: {
    asl: "Output",
    kind: "payload",
    languages: "JSONata",
    reads: "error-output",
    default: "{% $states.errorOutput %}",
    instead: "give the catcher a resultPath",
    doc: "The state's output when this catcher matches.",
  },
  assign: { asl: "Assign", kind: "payload", reads: "error-output", doc: "Variables set when this catcher matches (the state's own Assign is then skipped)." },
  comment: { asl: "Comment", kind: "text", doc: "A note for readers." },
} as const satisfies SpecOf<Catcher>;

export const CHOICE_RULE = {
  condition: { asl: "Condition", kind: "condition", reads: "effective-input", doc: "The test: comparisons of a Variable (JSONPath) or a JSONata Condition." },
  next: { asl: "Next", kind: "target", doc: "The state to go to when the test holds." },
  output: { asl: "Output", kind: "payload", languages: "JSONata", reads: "input", doc: "The state's output when this rule matches." },
  assign: { asl: "Assign", kind: "payload", reads: "input", doc: "Variables set when this rule matches (the state's own Assign is then skipped)." },
  comment: { asl: "Comment", kind: "text", doc: "A note for readers." },
} as const satisfies SpecOf<ChoiceRule>;

export const SUB_MACHINE = {
  comment: { asl: "Comment", kind: "text", option: null, doc: "A note for readers." },
  startAt: { asl: "StartAt", kind: "target", option: null, doc: "The first state." },
  states: { asl: "States", kind: "states", doc: "The states, by name." },
} as const satisfies SpecOf<SubMachine>;

export const ITEM_PROCESSOR = {
  comment: { asl: "Comment", kind: "text", option: "processorComment", doc: "A note for readers." },
  mode: { asl: "Mode", kind: "enum", group: "ProcessorConfig", values: ["INLINE", "DISTRIBUTED"], default: "INLINE", doc: "INLINE runs the items in this execution; DISTRIBUTED as child workflows." },
  executionType: { asl: "ExecutionType", kind: "enum", group: "ProcessorConfig", values: ["STANDARD", "EXPRESS"], doc: "How each child workflow of a Distributed Map runs." },
  startAt: { asl: "StartAt", kind: "target", option: null, doc: "The first state of the item processor." },
  states: { asl: "States", kind: "states", doc: "The item processor's states, by name." },
} as const satisfies SpecOf<ItemProcessor>;

type ReaderConfig = NonNullable<ItemReader["readerConfig"]>;
type WriterConfig = NonNullable<ResultWriter["writerConfig"]>;

export const READER_CONFIG = {
  inputType: { asl: "InputType", kind: "enum", values: ["CSV", "JSON", "JSONL", "PARQUET", "MANIFEST"], doc: "The format of the file read." },
  csvHeaderLocation: { asl: "CSVHeaderLocation", kind: "enum", values: ["FIRST_ROW", "GIVEN"], default: "FIRST_ROW", doc: "Where a CSV file's column names are." },
  csvHeaders: { asl: "CSVHeaders", kind: "strings", doc: "The column names, when CSVHeaderLocation is GIVEN." },
  csvDelimiter: { asl: "CSVDelimiter", kind: "enum", values: ["COMMA", "PIPE", "SEMICOLON", "SPACE", "TAB"], default: "COMMA", doc: "What separates a CSV file's columns." },
  maxItems: {
    asl: "MaxItems",
    kind: "scalar", value: "number",
    twin: "maxItemsPath",
    reads: "input",
    range: { min: 0, max: 100000000, integer: true, code: "ASLC116" },
    doc: "Read at most this many items.",
  },
  maxItemsPath: pathTwin("MaxItemsPath", "maxItems"),
  transformation: { asl: "Transformation", kind: "enum", values: ["NONE", "LOAD_AND_FLATTEN"], doc: "LOAD_AND_FLATTEN reads the objects a manifest or listing names." },
  manifestType: { asl: "ManifestType", kind: "enum", values: ["ATHENA_DATA", "S3_INVENTORY"], doc: "The kind of manifest read." },
  itemsPointer: { asl: "ItemsPointer", kind: "text", doc: "A JSON Pointer to the array of items in a JSON file." },
} as const satisfies SpecOf<ReaderConfig>;

export const ITEM_READER = {
  resource: { asl: "Resource", kind: "text", doc: "The reader: `s3.getObject()` or `s3.listObjectsV2()` (`arn:aws:states:::s3:…`), or a `${Name}` placeholder." },
  integration: { asl: null, kind: "integration", doc: "What the resource reads with, for the request check." },
  parameters: { asl: "Parameters", kind: "payload", languages: "JSONPath", reads: "effective-input", instead: "give itemReader.arguments", doc: "The reader's request." },
  arguments: { asl: "Arguments", kind: "payload", languages: "JSONata", reads: "input", instead: "give itemReader.parameters", doc: "The reader's request." },
  readerConfig: { asl: "ReaderConfig", kind: "object", nested: READER_CONFIG, doc: "How the file is read." },
} as const satisfies SpecOf<ItemReader>;

export const ITEM_BATCHER = {
  maxItemsPerBatch: { asl: "MaxItemsPerBatch", kind: "scalar", value: "number", twin: "maxItemsPerBatchPath", reads: "input", doc: "Items in one batch at most." },
  maxItemsPerBatchPath: pathTwin("MaxItemsPerBatchPath", "maxItemsPerBatch"),
  maxInputBytesPerBatch: {
    asl: "MaxInputBytesPerBatch",
    kind: "scalar", value: "number",
    twin: "maxInputBytesPerBatchPath",
    reads: "input",
    range: { min: 1, max: 262144, code: "ASLC116", note: "(256 KiB)" },
    doc: "Bytes in one batch at most.",
  },
  maxInputBytesPerBatchPath: pathTwin("MaxInputBytesPerBatchPath", "maxInputBytesPerBatch"),
  batchInput: { asl: "BatchInput", kind: "payload", reads: "effective-input", doc: "A value added to every batch, as `BatchInput`." },
} as const satisfies SpecOf<ItemBatcher>;

export const WRITER_CONFIG = {
  outputType: { asl: "OutputType", kind: "enum", values: ["JSON", "JSONL"], doc: "The format of the results file." },
  transformation: { asl: "Transformation", kind: "enum", values: ["NONE", "COMPACT", "FLATTEN"], default: "NONE", doc: "How each child's result is shaped." },
} as const satisfies SpecOf<WriterConfig>;

export const RESULT_WRITER = {
  resource: { asl: "Resource", kind: "text", doc: "The writer: `s3.putObject()` (`arn:aws:states:::s3:putObject`), or a `${Name}` placeholder." },
  integration: { asl: null, kind: "integration", doc: "What the resource writes with, for the request check." },
  parameters: { asl: "Parameters", kind: "payload", languages: "JSONPath", reads: "effective-input", instead: "give resultWriter.arguments", doc: "Where the results go (Bucket, Prefix)." },
  arguments: { asl: "Arguments", kind: "payload", languages: "JSONata", reads: "input", instead: "give resultWriter.parameters", doc: "Where the results go (Bucket, Prefix)." },
  writerConfig: { asl: "WriterConfig", kind: "object", nested: WRITER_CONFIG, doc: "How the results are written." },
} as const satisfies SpecOf<ResultWriter>;
