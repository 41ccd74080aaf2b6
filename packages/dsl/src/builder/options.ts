/**
 * The option objects each builder method takes (the runtime shape; the generic checks that tie
 * them to the payload live in state-types.ts). Names are the ASL field names in camelCase.
 */
import type { ZodType } from "zod";
import type { SchemaType } from "../payload/json-side.ts";
import type { ItemBatcher, ItemReader, QueryLanguage, ResultWriter } from "../ir/nodes.ts";
import type { Integration } from "../integrations/integration.ts";
import type { MapResource } from "../integrations/map-resource.ts";
import type { ExpressionValue, JsonataValue } from "../jsonata/jsonata-value.ts";
import type { ParametersTemplate, Template } from "../payload/template-types.ts";
import type { Intrinsic } from "../payload/intrinsic.ts";
import type { Ref } from "../payload/ref.ts";
import type { UncheckedRead } from "../payload/unchecked.ts";
import type { ErrorName } from "./error-names.ts";
import type { RETRIER } from "../ir/spec/nested.ts";

/** A JSONPath path option: the path as text (checked against the payload), or `unchecked(…)`. */
export type PathValue = string | UncheckedRead;

export interface RetryOptions {
  readonly errorEquals: readonly ErrorName[];
  readonly intervalSeconds?: number;
  readonly maxAttempts?: number;
  readonly backoffRate?: number;
  readonly maxDelaySeconds?: number;
  readonly jitterStrategy?: (typeof RETRIER)["jitterStrategy"]["values"][number];
  readonly comment?: string;
}

/** A catcher that jumps to a named state; use `.catch(…)` on the chain for an inline handler. */
export interface CatchOptions {
  readonly errorEquals: readonly ErrorName[];
  readonly next: string;
  readonly resultPath?: string | null;
  /** JSONata: the state's output when this catcher matches (`$states.errorOutput` by default). */
  readonly output?: JsonataValue;
  /** Variables to set when this catcher matches. */
  readonly assign?: AssignValues;
  readonly comment?: string;
}

/**
 * Workflow variables a state sets, by name. In a JSONPath state the values form a payload
 * template (`"name.$": "$.path"`, `ref(…)`, intrinsics); in a JSONata state they are JSONata
 * values (`"{% $states.input.id %}"`, `jsonata(…)`, or JSON holding them).
 */
export type AssignValues = Template | { readonly [name: string]: JsonataValue };

interface Common {
  readonly comment?: string;
  /** JSONata or JSONPath for this state; by default the workflow's. */
  readonly queryLanguage?: QueryLanguage;
}

/** Fields of states that may set variables. */
interface Assigns {
  readonly assign?: AssignValues;
}

/** JSONata mode: the state's output. */
interface Outputs {
  readonly output?: JsonataValue;
}

interface Paths {
  readonly inputPath?: PathValue | null;
  readonly outputPath?: PathValue | null;
}

interface Fallible {
  readonly retry?: readonly RetryOptions[];
  readonly catch?: readonly CatchOptions[];
}

export interface TaskOptions extends Common, Paths, Fallible, Assigns, Outputs {
  /** An integration helper (`lambda.invoke(…)`, `sns.publish()`, …) or any Resource ARN / `${Name}` placeholder. */
  readonly resource: Integration<any, any, any> | string;
  readonly parameters?: ParametersTemplate;
  /** JSONata: the request (for lambda.invoke, FunctionName and Payload; see `payload`). */
  readonly arguments?: JsonataValue;
  /**
   * For `lambda.invoke`: the Payload sent to the function. A template, `ref("$.x")` (`"Payload.$": "$.x"`)
   * or an intrinsic; plain text is sent as literal text, as Step Functions reads a key without `.$`.
   * @default the whole effective input (`"Payload.$": "$"`)
   */
  readonly payload?: Template | Ref | Intrinsic | UncheckedRead | JsonataValue;
  /** What the work returns (for Lambda, the handler's return value). */
  readonly result?: SchemaType;
  readonly resultSelector?: Template;
  readonly resultPath?: string | null;
  readonly timeoutSeconds?: number | ExpressionValue;
  readonly timeoutSecondsPath?: PathValue;
  readonly heartbeatSeconds?: number | ExpressionValue;
  readonly heartbeatSecondsPath?: PathValue;
  readonly credentials?: Template | JsonataValue;
}

export interface PassOptions extends Common, Paths, Assigns, Outputs {
  readonly result?: unknown;
  readonly parameters?: ParametersTemplate;
  readonly resultPath?: string | null;
}

/** Exactly one of seconds, secondsPath, timestamp and timestampPath (checked in WaitCheck). */
export interface WaitOptions extends Common, Paths, Assigns, Outputs {
  readonly seconds?: number | ExpressionValue;
  readonly secondsPath?: PathValue;
  /** RFC 3339, with an uppercase T and Z (or an offset): 2026-03-14T01:59:00Z. */
  readonly timestamp?: string | ExpressionValue;
  readonly timestampPath?: PathValue;
}

export interface SucceedOptions extends Common, Paths, Outputs {}

export interface FailOptions extends Common {
  readonly error?: string | ExpressionValue;
  readonly errorPath?: PathValue;
  readonly cause?: string | ExpressionValue;
  readonly causePath?: PathValue;
}

export interface ChoiceOptions extends Common, Paths, Assigns, Outputs {}

/** Options of one Choice rule (`when(condition, then, options)`). */
export interface RuleOptions {
  readonly comment?: string;
  /** Variables to set when this rule matches (instead of the state's). */
  readonly assign?: AssignValues;
  /** JSONata: the state's output when this rule matches. */
  readonly output?: JsonataValue;
}

export interface ParallelOptions extends Common, Paths, Fallible, Assigns, Outputs {
  readonly parameters?: ParametersTemplate;
  /** JSONata: the input every branch receives. */
  readonly arguments?: JsonataValue;
  readonly resultSelector?: Template;
  readonly resultPath?: string | null;
}

export interface MapOptions extends Common, Paths, Fallible, Assigns, Outputs {
  readonly itemsPath?: PathValue;
  /** JSONata: the items (an array, or an expression giving one). */
  readonly items?: JsonataValue;
  readonly itemSelector?: Template | JsonataValue;
  /** JSONPath: the deprecated form of itemSelector, emitted as the Map's `Parameters`. */
  readonly parameters?: ParametersTemplate;
  /**
   * The field that holds the item processor: `ItemProcessor`, or the deprecated `Iterator` that
   * AWS still runs. Either is checked alike.
   * @default "ItemProcessor"
   */
  readonly processorField?: "ItemProcessor" | "Iterator";
  /**
   * INLINE or DISTRIBUTED. When given, it is written (`ProcessorConfig: { Mode: "INLINE" }`)
   * even though INLINE is what Step Functions assumes without it.
   * @default "INLINE" (and no ProcessorConfig written)
   */
  readonly mode?: "INLINE" | "DISTRIBUTED";
  /** For a Distributed Map: how each child workflow runs. */
  readonly executionType?: "STANDARD" | "EXPRESS";
  readonly itemReader?: Omit<ItemReader, "resource" | "integration" | "parameters" | "arguments" | "readerConfig"> & {
    /** `s3.getObject()` or `s3.listObjectsV2()`, whose request the parameters must meet; or the ARN or a `${Name}` placeholder as text. */
    readonly resource: MapResource<any, "ItemReader"> | string;
    readonly parameters?: Template;
    readonly arguments?: JsonataValue;
    readonly readerConfig?: Omit<NonNullable<ItemReader["readerConfig"]>, "maxItems"> & { readonly maxItems?: number | ExpressionValue };
  };
  /** The type of the items an ItemReader reads (unknown otherwise). */
  readonly itemSchema?: SchemaType;
  readonly itemBatcher?: Omit<ItemBatcher, "batchInput" | "maxItemsPerBatch" | "maxInputBytesPerBatch"> & {
    readonly batchInput?: Template | JsonataValue;
    readonly maxItemsPerBatch?: number | ExpressionValue;
    readonly maxInputBytesPerBatch?: number | ExpressionValue;
  };
  readonly resultWriter?: Omit<ResultWriter, "resource" | "integration" | "parameters" | "arguments"> & {
    /** `s3.putObject()`, whose request the parameters must meet; or the ARN or a `${Name}` placeholder as text. */
    readonly resource?: MapResource<any, "ResultWriter"> | string;
    readonly parameters?: Template;
    readonly arguments?: JsonataValue;
  };
  readonly maxConcurrency?: number | ExpressionValue;
  readonly maxConcurrencyPath?: PathValue;
  readonly toleratedFailurePercentage?: number | ExpressionValue;
  readonly toleratedFailurePercentagePath?: PathValue;
  readonly toleratedFailureCount?: number | ExpressionValue;
  readonly toleratedFailureCountPath?: PathValue;
  readonly label?: string;
  readonly resultSelector?: Template;
  readonly resultPath?: string | null;
  /** A comment on the ItemProcessor (or Iterator). */
  readonly processorComment?: string;
}

export interface WorkflowOptions<S extends ZodType = ZodType> {
  /** The execution input. */
  readonly input: S;
  readonly comment?: string;
  readonly timeoutSeconds?: number;
  readonly version?: string;
  /** The machine's query language (JSONPath by default); a JSONata machine holds only JSONata states. */
  readonly queryLanguage?: QueryLanguage;
}
