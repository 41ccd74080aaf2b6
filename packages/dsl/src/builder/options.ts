/**
 * The option objects each builder method takes (the runtime shape; the generic checks that tie
 * them to the payload live in state-types.ts). Names are the ASL field names in camelCase.
 */
import type { ZodType } from "zod";
import type { ItemBatcher, ItemReader, ResultWriter } from "../ir/nodes.ts";
import type { Integration } from "../integrations/integration.ts";
import type { Template } from "../payload/template-types.ts";
import type { ErrorName } from "./error-names.ts";

export interface RetryOptions {
  readonly errorEquals: readonly ErrorName[];
  readonly intervalSeconds?: number;
  readonly maxAttempts?: number;
  readonly backoffRate?: number;
  readonly maxDelaySeconds?: number;
  readonly jitterStrategy?: "FULL" | "NONE";
  readonly comment?: string;
}

/** A catcher that jumps to a named state; use `.catch(…)` on the chain for an inline handler. */
export interface CatchOptions {
  readonly errorEquals: readonly ErrorName[];
  readonly next: string;
  readonly resultPath?: string | null;
  readonly comment?: string;
}

interface Common {
  readonly comment?: string;
}

interface Paths {
  readonly inputPath?: string | null;
  readonly outputPath?: string | null;
}

interface Fallible {
  readonly retry?: readonly RetryOptions[];
  readonly catch?: readonly CatchOptions[];
}

export interface TaskOptions extends Common, Paths, Fallible {
  /** An integration helper (`lambda.invoke(…)`, `sns.publish()`, …) or any Resource ARN / `${Name}` placeholder. */
  readonly resource: Integration<any, any, any> | string;
  readonly parameters?: Template;
  /** For `lambda.invoke`: the Payload sent to the function (by default the whole effective input). */
  readonly payload?: Template;
  /** What the work returns (for Lambda, the handler's return value). */
  readonly result?: ZodType;
  readonly resultSelector?: Template;
  readonly resultPath?: string | null;
  readonly timeoutSeconds?: number;
  readonly timeoutSecondsPath?: string;
  readonly heartbeatSeconds?: number;
  readonly heartbeatSecondsPath?: string;
  readonly credentials?: Template;
}

export interface PassOptions extends Common, Paths {
  readonly result?: unknown;
  readonly parameters?: Template;
  readonly resultPath?: string | null;
}

/** Exactly one of seconds, secondsPath, timestamp and timestampPath (checked in WaitCheck). */
export interface WaitOptions extends Common, Paths {
  readonly seconds?: number;
  readonly secondsPath?: string;
  /** RFC 3339, with an uppercase T and Z (or an offset): 2026-03-14T01:59:00Z. */
  readonly timestamp?: string;
  readonly timestampPath?: string;
}

export interface SucceedOptions extends Common, Paths {}

export interface FailOptions extends Common {
  readonly error?: string;
  readonly errorPath?: string;
  readonly cause?: string;
  readonly causePath?: string;
}

export interface ChoiceOptions extends Common, Paths {}

export interface ParallelOptions extends Common, Paths, Fallible {
  readonly parameters?: Template;
  readonly resultSelector?: Template;
  readonly resultPath?: string | null;
}

export interface MapOptions extends Common, Paths, Fallible {
  readonly itemsPath?: string;
  readonly itemSelector?: Template;
  /** INLINE (default) or DISTRIBUTED. */
  readonly mode?: "INLINE" | "DISTRIBUTED";
  /** For a Distributed Map: how each child workflow runs. */
  readonly executionType?: "STANDARD" | "EXPRESS";
  readonly itemReader?: Omit<ItemReader, "parameters"> & { readonly parameters?: Template };
  /** The type of the items an ItemReader reads (unknown otherwise). */
  readonly itemSchema?: ZodType;
  readonly itemBatcher?: Omit<ItemBatcher, "batchInput"> & { readonly batchInput?: Template };
  readonly resultWriter?: Omit<ResultWriter, "parameters"> & { readonly parameters?: Template };
  readonly maxConcurrency?: number;
  readonly maxConcurrencyPath?: string;
  readonly toleratedFailurePercentage?: number;
  readonly toleratedFailurePercentagePath?: string;
  readonly toleratedFailureCount?: number;
  readonly toleratedFailureCountPath?: string;
  readonly label?: string;
  readonly resultSelector?: Template;
  readonly resultPath?: string | null;
  /** A comment on the ItemProcessor. */
  readonly processorComment?: string;
}

export interface WorkflowOptions<S extends ZodType = ZodType> {
  /** The execution input. */
  readonly input: S;
  readonly comment?: string;
  readonly timeoutSeconds?: number;
  readonly version?: string;
}
