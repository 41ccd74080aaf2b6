/**
 * Field rules the types cannot see: numeric ranges, exclusive pairs, timestamp formats, Map
 * settings that belong to Distributed mode only, and the workflow's own settings.
 */
import { isExpressionText, type Condition, type MapNode, type StateNode, type TaskNode, type WaitNode, type WorkflowIR } from "@aslc/dsl";
import type { Report } from "./report.ts";
import { allStates } from "./scopes.ts";

const MAX_SECONDS = 99999999;
const MAX_LABEL_LENGTH = 40;

/** RFC 3339 as Step Functions reads it: uppercase T, and Z or a numeric offset. */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** Gregorian arithmetic rather than Date, which reads years 0 to 99 as 1900 to 1999. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRfc3339(text: string): boolean {
  const m = RFC3339.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  // A numeric offset is an hour and minute too: +24:00 and +05:60 are not offsets.
  const [offsetHour, offsetMinute] = [m[7], m[8]].map((part) => (part === undefined ? 0 : Number(part))) as [number, number];
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour < 24 && minute < 60 && second < 61 && offsetHour < 24 && offsetMinute < 60
  );
}

/** A numeric field's literal value; a JSONata expression is checked when it runs, not here. */
function literal(value: number | string | undefined): number | undefined {
  return typeof value === "number" ? value : undefined;
}

function positiveInteger(value: number | undefined, max = MAX_SECONDS): boolean {
  return value === undefined || (Number.isInteger(value) && value >= 1 && value <= max);
}

function both(state: StateNode, a: unknown, b: unknown, names: string, report: Report): void {
  if (a !== undefined && b !== undefined) report.error("ASLC111", state, `give ${names}, not both`);
}

function checkTask(state: TaskNode, report: Report): void {
  both(state, state.timeoutSeconds, state.timeoutSecondsPath, "TimeoutSeconds or TimeoutSecondsPath", report);
  both(state, state.heartbeatSeconds, state.heartbeatSecondsPath, "HeartbeatSeconds or HeartbeatSecondsPath", report);
  const timeoutSeconds = literal(state.timeoutSeconds);
  const heartbeatSeconds = literal(state.heartbeatSeconds);
  if (!positiveInteger(timeoutSeconds)) report.error("ASLC112", state, `TimeoutSeconds is ${timeoutSeconds}; it must be a whole number from 1 to ${MAX_SECONDS}`);
  if (!positiveInteger(heartbeatSeconds)) report.error("ASLC112", state, `HeartbeatSeconds is ${heartbeatSeconds}; it must be a whole number from 1 to ${MAX_SECONDS}`);
  const timeout = typeof state.timeoutSeconds === "string" ? undefined : (timeoutSeconds ?? MAX_SECONDS);
  if (heartbeatSeconds !== undefined && timeout !== undefined && heartbeatSeconds >= timeout) {
    report.error("ASLC113", state, `HeartbeatSeconds (${heartbeatSeconds}) must be smaller than TimeoutSeconds (${timeout}): lower the heartbeat or raise the timeout`);
  }
}

function checkWait(state: WaitNode, report: Report): void {
  const given = (["seconds", "secondsPath", "timestamp", "timestampPath"] as const).filter((k) => state[k] !== undefined);
  if (given.length !== 1) {
    report.error("ASLC114", state, `a Wait needs exactly one of Seconds, SecondsPath, Timestamp and TimestampPath (given: ${given.length === 0 ? "none" : given.join(", ")})`);
  }
  const seconds = literal(state.seconds);
  if (seconds !== undefined && !(Number.isInteger(seconds) && seconds >= 0 && seconds <= MAX_SECONDS)) {
    report.error("ASLC112", state, `Seconds is ${seconds}; it must be a whole number from 0 to ${MAX_SECONDS}`);
  }
  if (state.timestamp !== undefined && !isExpressionText(state.timestamp) && !isRfc3339(state.timestamp)) {
    report.error("ASLC115", state, `Timestamp '${state.timestamp}' is not an RFC 3339 timestamp: write it like 2026-03-14T01:59:00Z (uppercase T and Z, or an offset such as +01:00)`);
  }
}

function checkConditionTimestamps(state: StateNode, condition: Condition, report: Report): void {
  switch (condition.kind) {
    case "compare":
      if (condition.operator.startsWith("Timestamp") && !condition.operator.endsWith("Path") && !isRfc3339(String(condition.operand))) {
        report.error("ASLC115", state, `${condition.operator} compares with '${condition.operand}', which is not an RFC 3339 timestamp: write it like 2026-03-14T01:59:00Z`);
      }
      return;
    case "and":
    case "or":
      for (const c of condition.conditions) checkConditionTimestamps(state, c, report);
      return;
    case "not":
      checkConditionTimestamps(state, condition.condition, report);
      return;
  }
}

function checkMap(state: MapNode, report: Report): void {
  const distributed = state.itemProcessor.mode === "DISTRIBUTED";
  both(state, state.maxConcurrency, state.maxConcurrencyPath, "MaxConcurrency or MaxConcurrencyPath", report);
  both(state, state.itemsPath, state.itemReader, "ItemsPath or ItemReader", report);
  both(state, state.toleratedFailurePercentage, state.toleratedFailurePercentagePath, "ToleratedFailurePercentage or ToleratedFailurePercentagePath", report);
  both(state, state.toleratedFailureCount, state.toleratedFailureCountPath, "ToleratedFailureCount or ToleratedFailureCountPath", report);
  const maxConcurrency = literal(state.maxConcurrency);
  const toleratedPercentage = literal(state.toleratedFailurePercentage);
  const toleratedCount = literal(state.toleratedFailureCount);
  if (maxConcurrency !== undefined && !(Number.isInteger(maxConcurrency) && maxConcurrency >= 0 && maxConcurrency <= (distributed ? 10000 : MAX_SECONDS))) {
    report.error("ASLC116", state, `MaxConcurrency is ${maxConcurrency}; it must be a whole number from 0 (no limit) to ${distributed ? "10000 for a Distributed Map" : MAX_SECONDS}`);
  }
  if (toleratedPercentage !== undefined && !(toleratedPercentage >= 0 && toleratedPercentage <= 100)) {
    report.error("ASLC116", state, `ToleratedFailurePercentage is ${toleratedPercentage}; it must be from 0 to 100`);
  }
  if (toleratedCount !== undefined && !(Number.isInteger(toleratedCount) && toleratedCount >= 0)) {
    report.error("ASLC116", state, `ToleratedFailureCount is ${toleratedCount}; it must be a whole number, 0 or more`);
  }
  if (state.label !== undefined) {
    if ([...state.label].length > MAX_LABEL_LENGTH) report.error("ASLC117", state, `Label has ${[...state.label].length} characters; it may have at most ${MAX_LABEL_LENGTH}: shorten it`);
    if (/[\s<>{}[\]?*"#%\\^|~`$&,;:/]/.test(state.label)) report.error("ASLC117", state, `Label '${state.label}' holds whitespace or a special character; use letters, digits, '-' and '_'`);
  }
  if (!distributed) {
    const onlyDistributed = (["itemReader", "itemBatcher", "resultWriter", "toleratedFailurePercentage", "toleratedFailurePercentagePath", "toleratedFailureCount", "toleratedFailureCountPath", "label"] as const).filter((k) => state[k] !== undefined);
    if (onlyDistributed.length > 0) report.error("ASLC118", state, `${onlyDistributed.join(", ")} belong to a Distributed Map: set mode: "DISTRIBUTED" (with an executionType) or remove them`);
    if (state.itemProcessor.executionType !== undefined) report.error("ASLC118", state, `executionType applies to a Distributed Map only: set mode: "DISTRIBUTED" or remove it`);
  } else if (state.itemProcessor.executionType === undefined) {
    report.error("ASLC118", state, `a Distributed Map runs each item as a child workflow: set executionType to "STANDARD" or "EXPRESS"`);
  }
  const config = state.itemReader?.readerConfig;
  both(state, config?.maxItems, config?.maxItemsPath, "ItemReader.ReaderConfig.MaxItems or MaxItemsPath", report);
  both(state, state.itemBatcher?.maxItemsPerBatch, state.itemBatcher?.maxItemsPerBatchPath, "ItemBatcher.MaxItemsPerBatch or MaxItemsPerBatchPath", report);
  both(state, state.itemBatcher?.maxInputBytesPerBatch, state.itemBatcher?.maxInputBytesPerBatchPath, "ItemBatcher.MaxInputBytesPerBatch or MaxInputBytesPerBatchPath", report);
  if (config?.csvHeaderLocation === "GIVEN" && !(config.csvHeaders && config.csvHeaders.length > 0)) {
    report.error("ASLC116", state, `ItemReader.ReaderConfig.CSVHeaderLocation is GIVEN: list the column names in csvHeaders`);
  }
  const maxItems = literal(config?.maxItems);
  if (maxItems !== undefined && !(Number.isInteger(maxItems) && maxItems >= 0 && maxItems <= 100000000)) {
    report.error("ASLC116", state, `ItemReader.ReaderConfig.MaxItems is ${maxItems}; it must be a whole number up to 100000000`);
  }
  const maxBytes = literal(state.itemBatcher?.maxInputBytesPerBatch);
  if (maxBytes !== undefined && !(maxBytes >= 1 && maxBytes <= 262144)) {
    report.error("ASLC116", state, `ItemBatcher.MaxInputBytesPerBatch is ${maxBytes}; it must be from 1 to 262144 (256 KiB)`);
  }
  if (state.resultWriter && state.resultWriter.resource === undefined && state.resultWriter.writerConfig === undefined) {
    report.error("ASLC116", state, `ResultWriter is empty: give a resource with parameters, a writerConfig, or both`);
  }
}

export function checkFields(workflow: WorkflowIR, report: Report): void {
  if (workflow.timeoutSeconds !== undefined && !positiveInteger(workflow.timeoutSeconds)) {
    report.error("ASLC112", undefined, `TimeoutSeconds is ${workflow.timeoutSeconds}; it must be a whole number from 1 to ${MAX_SECONDS}`);
  }
  for (const state of allStates(workflow)) {
    switch (state.type) {
      case "Task":
        checkTask(state, report);
        break;
      case "Wait":
        checkWait(state, report);
        break;
      case "Choice":
        if (state.choices.length === 0) report.error("ASLC119", state, "a Choice needs at least one rule: add one with when(condition, then)");
        for (const rule of state.choices) checkConditionTimestamps(state, rule.condition, report);
        break;
      case "Fail":
        both(state, state.error, state.errorPath, "Error or ErrorPath", report);
        both(state, state.cause, state.causePath, "Cause or CausePath", report);
        break;
      case "Map":
        checkMap(state, report);
        break;
      case "Pass":
      case "Succeed":
      case "Parallel":
        break;
      default:
        state satisfies never;
    }
  }
}
