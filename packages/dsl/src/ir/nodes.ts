/**
 * The intermediate representation: plain, frozen, serialisable data tagged by ASL's own words.
 * It knows nothing of builders or emitters. Field names are camelCase forms of the ASL fields;
 * emitters map them back in ASL's order. Zod schemas hang off the nodes that declare them.
 */
import type { ZodType } from "zod";

export type QueryLanguage = "JSONPath" | "JSONata";

/**
 * A JSONata expression as ASL writes it: the whole string `{% … %}`. Fields that take a number
 * in JSONPath mode (TimeoutSeconds, MaxConcurrency, …) take one of these in JSONata mode.
 */
export type Expression = `{%${string}%}`;

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
  /** JSONata: the state's output when this catcher matches (`$states.errorOutput` by default). */
  readonly output?: Json;
  /** Variables set when this catcher matches (the state's own Assign is then skipped). */
  readonly assign?: Json;
  readonly comment?: string;
}

/** Next or End: exactly one, fixed when the builder chain is lowered. */
export type Transition = { readonly next: string; readonly end?: undefined } | { readonly end: true; readonly next?: undefined };

interface StateBase {
  readonly name: string;
  readonly comment?: string;
  /** As the author wrote it on the state; the effective language falls back to the workflow's. */
  readonly queryLanguage?: QueryLanguage;
  readonly site?: SourceSite;
}

/** Workflow variables set by a state: values are templates (JSONPath) or JSONata values. */
interface Assigning {
  readonly assign?: Json;
}

/** JSONata mode: the state's output, a JSONata value (an expression, or JSON holding expressions). */
interface Outputting {
  readonly output?: Json;
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
  /** The described integration whose schemas type the task (`sns:publish`; see integrations/registry.ts). */
  readonly descriptor?: string;
}

export interface TaskNode extends StateBase, InputOutput, Assigning, Outputting {
  readonly type: "Task";
  readonly resource: string;
  readonly integration: IntegrationInfo;
  readonly parameters?: Json;
  /** JSONata: the request the work receives. */
  readonly arguments?: Json;
  readonly resultSelector?: Json;
  readonly resultPath?: string | null;
  readonly timeoutSeconds?: number | Expression;
  readonly timeoutSecondsPath?: string;
  readonly heartbeatSeconds?: number | Expression;
  readonly heartbeatSecondsPath?: string;
  readonly credentials?: Json;
  readonly retry?: readonly Retrier[];
  readonly catch?: readonly Catcher[];
  readonly transition: Transition;
  /** The result the work returns (for Lambda: the handler's return value, before any wrapper). */
  readonly resultSchema?: ZodType;
}

export interface PassNode extends StateBase, InputOutput, Assigning, Outputting {
  readonly type: "Pass";
  readonly result?: Json;
  readonly parameters?: Json;
  readonly resultPath?: string | null;
  readonly transition: Transition;
}

export interface WaitNode extends StateBase, InputOutput, Assigning, Outputting {
  readonly type: "Wait";
  readonly seconds?: number | Expression;
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

/** A test nested in And, Or or Not may carry a note of its own (a rule's note is the rule's `comment`). */
interface NestedComment {
  readonly comment?: string;
}

export type Condition =
  | ({ readonly kind: "compare"; readonly variable: string; readonly operator: ChoiceOperator; readonly operand: string | number | boolean } & NestedComment)
  /**
   * A JSONata rule's Condition: an expression that gives true or false, or that value written as
   * a literal (`"Condition": true`), which Step Functions takes as well.
   */
  | { readonly kind: "jsonata"; readonly expression: Expression | boolean }
  | ({ readonly kind: "and"; readonly conditions: readonly Condition[] } & NestedComment)
  | ({ readonly kind: "or"; readonly conditions: readonly Condition[] } & NestedComment)
  | ({ readonly kind: "not"; readonly condition: Condition } & NestedComment);

export interface ChoiceRule {
  readonly condition: Condition;
  readonly next: string;
  /** Variables set when this rule matches (the state's own Assign is then skipped). */
  readonly assign?: Json;
  /** JSONata: the state's output when this rule matches. */
  readonly output?: Json;
  readonly comment?: string;
}

export interface ChoiceNode extends StateBase, InputOutput, Assigning, Outputting {
  readonly type: "Choice";
  readonly choices: readonly ChoiceRule[];
  readonly default?: string;
}

export interface SucceedNode extends StateBase, InputOutput, Outputting {
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

export interface ParallelNode extends StateBase, InputOutput, Assigning, Outputting {
  readonly type: "Parallel";
  readonly branches: readonly SubMachine[];
  readonly parameters?: Json;
  /** JSONata: the input every branch receives. */
  readonly arguments?: Json;
  readonly resultSelector?: Json;
  readonly resultPath?: string | null;
  readonly retry?: readonly Retrier[];
  readonly catch?: readonly Catcher[];
  readonly transition: Transition;
}

export interface ItemReader {
  readonly resource: string;
  /** What the resource reads with (s3:getObject, s3:listObjectsV2), for the request check. */
  readonly integration?: IntegrationInfo;
  readonly parameters?: Json;
  readonly arguments?: Json;
  readonly readerConfig?: {
    readonly inputType?: "CSV" | "JSON" | "JSONL" | "PARQUET" | "MANIFEST";
    readonly csvHeaderLocation?: "FIRST_ROW" | "GIVEN";
    readonly csvHeaders?: readonly string[];
    readonly csvDelimiter?: "COMMA" | "PIPE" | "SEMICOLON" | "SPACE" | "TAB";
    readonly maxItems?: number | Expression;
    readonly maxItemsPath?: string;
    readonly transformation?: "NONE" | "LOAD_AND_FLATTEN";
    readonly manifestType?: "ATHENA_DATA" | "S3_INVENTORY";
    readonly itemsPointer?: string;
  };
}

export interface ItemBatcher {
  readonly maxItemsPerBatch?: number | Expression;
  readonly maxItemsPerBatchPath?: string;
  readonly maxInputBytesPerBatch?: number | Expression;
  readonly maxInputBytesPerBatchPath?: string;
  readonly batchInput?: Json;
}

export interface ResultWriter {
  readonly resource?: string;
  /** What the resource writes with (s3:putObject), for the request check. */
  readonly integration?: IntegrationInfo;
  readonly parameters?: Json;
  readonly arguments?: Json;
  readonly writerConfig?: { readonly outputType: "JSON" | "JSONL"; readonly transformation?: "NONE" | "COMPACT" | "FLATTEN" };
}

export interface ItemProcessor extends SubMachine {
  /** Absent when the author did not write it: ASL then runs the Map INLINE. */
  readonly mode?: "INLINE" | "DISTRIBUTED";
  readonly executionType?: "STANDARD" | "EXPRESS";
}

export interface MapNode extends StateBase, InputOutput, Assigning, Outputting {
  readonly type: "Map";
  /** The iteration's machine; a Map holds it here or, in the deprecated form, in `iterator` (see `processorOf`). */
  readonly itemProcessor?: ItemProcessor;
  /** The deprecated form of `itemProcessor` (ASL's `Iterator`). */
  readonly iterator?: ItemProcessor;
  readonly itemsPath?: string;
  /** JSONata: the items, an array or an expression giving one (or an object, whose values are the items). */
  readonly items?: Json;
  readonly itemSelector?: Json;
  /** The deprecated form of `itemSelector` (ASL's `Parameters` on a Map). */
  readonly parameters?: Json;
  readonly itemReader?: ItemReader;
  readonly itemBatcher?: ItemBatcher;
  readonly resultWriter?: ResultWriter;
  readonly maxConcurrency?: number | Expression;
  readonly maxConcurrencyPath?: string;
  readonly toleratedFailurePercentage?: number | Expression;
  readonly toleratedFailurePercentagePath?: string;
  readonly toleratedFailureCount?: number | Expression;
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
  /**
   * What `jsonata(expression, schema)` expressions (`{% … %}`) and `States.StringToJson(text,
   * schema)` calls (`States.StringToJson($.body)`) give, by their text, where the author said.
   */
  readonly expressionSchemas?: { readonly [expression: string]: ZodType };
  readonly site?: SourceSite;
}
