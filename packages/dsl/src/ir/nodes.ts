/**
 * The intermediate representation: plain, frozen, serialisable data tagged by ASL's own words.
 * It knows nothing of builders or emitters. Field names are camelCase forms of the ASL fields;
 * emitters map them back in ASL's order. Zod schemas hang off the nodes that declare them.
 */
import type { ZodType } from "zod";

export type QueryLanguage = "JSONPath" | "JSONata";

/** Where a builder call was written: used to point diagnostics at the author's source. */
export interface SourceSite {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** A JSON value, possibly holding `.$` keys (a payload template). */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

export interface Retrier {
  readonly errorEquals: readonly string[];
  readonly intervalSeconds?: number;
  readonly maxAttempts?: number;
  readonly backoffRate?: number;
  readonly maxDelaySeconds?: number;
  readonly jitterStrategy?: "FULL" | "NONE";
  readonly comment?: string;
}

export interface Catcher {
  readonly errorEquals: readonly string[];
  readonly next: string;
  readonly resultPath?: string | null;
  readonly comment?: string;
}

/** Next or End: exactly one, fixed when the builder chain is lowered. */
export type Transition = { readonly next: string; readonly end?: undefined } | { readonly end: true; readonly next?: undefined };

interface StateBase {
  readonly name: string;
  readonly comment?: string;
  readonly queryLanguage?: QueryLanguage;
  readonly site?: SourceSite;
}

interface InputOutput {
  readonly inputPath?: string | null;
  readonly outputPath?: string | null;
}

/** What kind of work a Task resource performs; drives result wrappers and handler contracts. */
export interface IntegrationInfo {
  /** `lambda-invoke` wraps the handler result in `{ Payload, StatusCode, … }`; `lambda-function` does not. */
  readonly kind: "lambda-invoke" | "lambda-function" | "service" | "aws-sdk" | "activity" | "raw";
  readonly service?: string;
  readonly action?: string;
  readonly pattern: "request-response" | "sync" | "sync:2" | "waitForTaskToken";
}

export interface TaskNode extends StateBase, InputOutput {
  readonly type: "Task";
  readonly resource: string;
  readonly integration: IntegrationInfo;
  readonly parameters?: Json;
  readonly resultSelector?: Json;
  readonly resultPath?: string | null;
  readonly timeoutSeconds?: number;
  readonly timeoutSecondsPath?: string;
  readonly heartbeatSeconds?: number;
  readonly heartbeatSecondsPath?: string;
  readonly credentials?: Json;
  readonly retry?: readonly Retrier[];
  readonly catch?: readonly Catcher[];
  readonly transition: Transition;
  /** The result the work returns (for Lambda: the handler's return value, before any wrapper). */
  readonly resultSchema?: ZodType;
}

export interface PassNode extends StateBase, InputOutput {
  readonly type: "Pass";
  readonly result?: Json;
  readonly parameters?: Json;
  readonly resultPath?: string | null;
  readonly transition: Transition;
}

export interface WaitNode extends StateBase, InputOutput {
  readonly type: "Wait";
  readonly seconds?: number;
  readonly secondsPath?: string;
  readonly timestamp?: string;
  readonly timestampPath?: string;
  readonly transition: Transition;
}

export type ComparisonOperator =
  | "StringEquals"
  | "StringLessThan"
  | "StringGreaterThan"
  | "StringLessThanEquals"
  | "StringGreaterThanEquals"
  | "NumericEquals"
  | "NumericLessThan"
  | "NumericGreaterThan"
  | "NumericLessThanEquals"
  | "NumericGreaterThanEquals"
  | "BooleanEquals"
  | "TimestampEquals"
  | "TimestampLessThan"
  | "TimestampGreaterThan"
  | "TimestampLessThanEquals"
  | "TimestampGreaterThanEquals";

export type PathComparisonOperator = `${ComparisonOperator}Path`;
export type TypeTestOperator = "IsNull" | "IsPresent" | "IsNumeric" | "IsString" | "IsBoolean" | "IsTimestamp";
export type ChoiceOperator = ComparisonOperator | PathComparisonOperator | TypeTestOperator | "StringMatches";

export type Condition =
  | { readonly kind: "compare"; readonly variable: string; readonly operator: ChoiceOperator; readonly operand: string | number | boolean }
  | { readonly kind: "and"; readonly conditions: readonly Condition[] }
  | { readonly kind: "or"; readonly conditions: readonly Condition[] }
  | { readonly kind: "not"; readonly condition: Condition };

export interface ChoiceRule {
  readonly condition: Condition;
  readonly next: string;
  readonly comment?: string;
}

export interface ChoiceNode extends StateBase, InputOutput {
  readonly type: "Choice";
  readonly choices: readonly ChoiceRule[];
  readonly default?: string;
}

export interface SucceedNode extends StateBase, InputOutput {
  readonly type: "Succeed";
}

export interface FailNode extends StateBase {
  readonly type: "Fail";
  readonly error?: string;
  readonly errorPath?: string;
  readonly cause?: string;
  readonly causePath?: string;
}

/** A Parallel branch or a Map item processor: a machine of its own. */
export interface SubMachine {
  readonly startAt: string;
  readonly states: readonly StateNode[];
  readonly comment?: string;
}

export interface ParallelNode extends StateBase, InputOutput {
  readonly type: "Parallel";
  readonly branches: readonly SubMachine[];
  readonly parameters?: Json;
  readonly resultSelector?: Json;
  readonly resultPath?: string | null;
  readonly retry?: readonly Retrier[];
  readonly catch?: readonly Catcher[];
  readonly transition: Transition;
}

export interface ItemReader {
  readonly resource: string;
  readonly parameters?: Json;
  readonly readerConfig?: {
    readonly inputType?: "CSV" | "JSON" | "JSONL" | "PARQUET" | "MANIFEST";
    readonly csvHeaderLocation?: "FIRST_ROW" | "GIVEN";
    readonly csvHeaders?: readonly string[];
    readonly csvDelimiter?: "COMMA" | "PIPE" | "SEMICOLON" | "SPACE" | "TAB";
    readonly maxItems?: number;
    readonly maxItemsPath?: string;
    readonly transformation?: "NONE" | "LOAD_AND_FLATTEN";
    readonly manifestType?: "ATHENA_DATA" | "S3_INVENTORY";
    readonly itemsPointer?: string;
  };
}

export interface ItemBatcher {
  readonly maxItemsPerBatch?: number;
  readonly maxItemsPerBatchPath?: string;
  readonly maxInputBytesPerBatch?: number;
  readonly maxInputBytesPerBatchPath?: string;
  readonly batchInput?: Json;
}

export interface ResultWriter {
  readonly resource?: string;
  readonly parameters?: Json;
  readonly writerConfig?: { readonly outputType: "JSON" | "JSONL"; readonly transformation?: "NONE" | "COMPACT" | "FLATTEN" };
}

export interface ItemProcessor extends SubMachine {
  readonly mode: "INLINE" | "DISTRIBUTED";
  readonly executionType?: "STANDARD" | "EXPRESS";
}

export interface MapNode extends StateBase, InputOutput {
  readonly type: "Map";
  readonly itemProcessor: ItemProcessor;
  readonly itemsPath?: string;
  readonly itemSelector?: Json;
  readonly itemReader?: ItemReader;
  readonly itemBatcher?: ItemBatcher;
  readonly resultWriter?: ResultWriter;
  readonly maxConcurrency?: number;
  readonly maxConcurrencyPath?: string;
  readonly toleratedFailurePercentage?: number;
  readonly toleratedFailurePercentagePath?: string;
  readonly toleratedFailureCount?: number;
  readonly toleratedFailureCountPath?: string;
  readonly label?: string;
  readonly resultSelector?: Json;
  readonly resultPath?: string | null;
  readonly retry?: readonly Retrier[];
  readonly catch?: readonly Catcher[];
  readonly transition: Transition;
  /** The item type when items come from an ItemReader and the author declared it. */
  readonly itemSchema?: ZodType;
}

export type StateNode = TaskNode | PassNode | WaitNode | ChoiceNode | SucceedNode | FailNode | ParallelNode | MapNode;
export type StateType = StateNode["type"];

export interface WorkflowIR {
  readonly name: string;
  readonly comment?: string;
  readonly version?: string;
  readonly timeoutSeconds?: number;
  readonly queryLanguage?: QueryLanguage;
  readonly startAt: string;
  readonly states: readonly StateNode[];
  readonly inputSchema: ZodType;
  readonly site?: SourceSite;
}
