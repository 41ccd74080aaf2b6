/**
 * Field rules the types cannot see: numeric ranges and exclusive pairs (from the field spec),
 * timestamp formats, Map settings that belong to Distributed mode only or that have no effect,
 * and the workflow's own settings.
 */
import { allStates, processorOf, type Condition, type MapNode, type StateNode, type TaskNode, type WaitNode, type WorkflowIR } from "@aslc/dsl";
import { fieldsIn, fieldsOf, MAX_SECONDS, twinOf, WORKFLOW, type FieldPlace, type FieldRange } from "@aslc/dsl/internal";
import { isExpressionText } from "@aslc/dsl/internal";
import type { Report } from "./report.ts";

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

/** How a range reads in a message: "a whole number from 1 to 99999999", "from 0 to 100", "at least 1". */
function rangeText(range: FieldRange): string {
  const whole = range.integer ? "a whole number" : "";
  if (range.max === undefined) return whole ? `${whole}, ${range.min} or more` : `at least ${range.min}`;
  return `${whole ? `${whole} ` : ""}from ${range.min} to ${range.max}${range.note ? ` ${range.note}` : ""}`;
}

function outOfRange(value: number, range: FieldRange): boolean {
  return !Number.isFinite(value) || value < range.min || (range.max !== undefined && value > range.max) || (range.integer === true && !Number.isInteger(value));
}

/**
 * The rules the field spec states for every field: a field and its `…Path` twin are exclusive,
 * and a literal number lies in the field's range (an expression is checked when it runs).
 */
function checkSpecRules(owner: StateNode | undefined, places: Iterable<FieldPlace>, report: Report): void {
  for (const place of places) {
    const { spec, value } = place;
    const twin = twinOf(place);
    if (twin && twin.value !== undefined && spec.kind !== "reference-path") report.error("ASLC111", owner, `give ${place.field} or ${twin.spec.asl}, not both`, place.field);
    if (spec.range && typeof value === "number" && outOfRange(value, spec.range)) {
      report.error(spec.range.code, owner, `${place.field} is ${value}; it must be ${rangeText(spec.range)}`, place.field);
    }
    // Text where a number goes is a number only as a JSONata expression (ASLC135 says where that
    // is not allowed) or a whole `${Name}` placeholder a deployment substitutes; anything else, a
    // path included, Step Functions refuses when the machine is created.
    if (spec.range && typeof value === "string" && !isExpressionText(value) && !/^\$\{[^}]+\}$/.test(value)) {
      const twin = twinOf(place);
      const instead = twin && twin.spec.kind !== "number" ? `, or read it from the input with ${twin.spec.asl}` : "";
      report.error(spec.range.code, owner, `${place.field} is the text '${value}'; it must be a number: ${rangeText(spec.range)}${instead}`, place.field);
    }
  }
}

function both(state: StateNode, a: unknown, b: unknown, names: string, report: Report): void {
  if (a !== undefined && b !== undefined) report.error("ASLC111", state, `give ${names}, not both`, names.split(" or ")[1]);
}

function checkTask(state: TaskNode, report: Report): void {
  const timeoutSeconds = literal(state.timeoutSeconds);
  const heartbeatSeconds = literal(state.heartbeatSeconds);
  const timeout = typeof state.timeoutSeconds === "string" ? undefined : (timeoutSeconds ?? MAX_SECONDS);
  if (heartbeatSeconds !== undefined && timeout !== undefined && heartbeatSeconds >= timeout) {
    report.error("ASLC113", state, `HeartbeatSeconds (${heartbeatSeconds}) must be smaller than TimeoutSeconds (${timeout}): lower the heartbeat or raise the timeout`, "HeartbeatSeconds");
  }
}

function checkWait(state: WaitNode, report: Report): void {
  const given = (["seconds", "secondsPath", "timestamp", "timestampPath"] as const).filter((k) => state[k] !== undefined);
  if (given.length !== 1) {
    report.error("ASLC114", state, `a Wait needs exactly one of Seconds, SecondsPath, Timestamp and TimestampPath (given: ${given.length === 0 ? "none" : given.join(", ")})`);
  }
  if (state.timestamp !== undefined && !isExpressionText(state.timestamp) && !isRfc3339(state.timestamp)) {
    report.error("ASLC115", state, `Timestamp '${state.timestamp}' is not an RFC 3339 timestamp: write it like 2026-03-14T01:59:00Z (uppercase T and Z, or an offset such as +01:00)`, "Timestamp");
  }
}

function checkConditionTimestamps(state: StateNode, condition: Condition, where: string, report: Report): void {
  switch (condition.kind) {
    case "compare":
      if (condition.operator.startsWith("Timestamp") && !condition.operator.endsWith("Path") && !isRfc3339(String(condition.operand))) {
        report.error("ASLC115", state, `${condition.operator} compares with '${condition.operand}', which is not an RFC 3339 timestamp: write it like 2026-03-14T01:59:00Z`, `${where}.${condition.operator}`);
      }
      return;
    case "and":
    case "or":
      condition.conditions.forEach((c, i) => checkConditionTimestamps(state, c, `${where}.${condition.kind === "and" ? "And" : "Or"}[${i}]`, report));
      return;
    case "not":
      checkConditionTimestamps(state, condition.condition, `${where}.Not`, report);
      return;
  }
}

/** An IR key's ASL name: the same word, capitalised (itemReader → ItemReader). */
function aslName(key: string): string {
  return key[0]!.toUpperCase() + key.slice(1);
}

/** The field the Map's machine is written in. */
function processorField(state: MapNode): string {
  return state.iterator ? "Iterator" : "ItemProcessor";
}

function checkMap(state: MapNode, report: Report): void {
  const processor = processorOf(state);
  const distributed = processor.mode === "DISTRIBUTED";
  // Step Functions takes ItemsPath beside an ItemReader and iterates over what the reader reads:
  // ItemsPath applies only to items from the state's input (AWS Step Functions Developer Guide,
  // "ItemsPath (Map, JSONPath only)").
  if (state.itemsPath !== undefined && state.itemReader !== undefined) {
    report.warning("ASLC156", state, `ItemsPath has no effect beside an ItemReader: the Map iterates over what the ItemReader reads; remove ItemsPath`, "ItemsPath");
  }
  both(state, state.itemProcessor, state.iterator, "ItemProcessor or Iterator", report);
  const maxConcurrency = literal(state.maxConcurrency);
  if (maxConcurrency !== undefined && !(Number.isInteger(maxConcurrency) && maxConcurrency >= 0 && maxConcurrency <= (distributed ? 10000 : MAX_SECONDS))) {
    report.error("ASLC116", state, `MaxConcurrency is ${maxConcurrency}; it must be a whole number from 0 (no limit) to ${distributed ? "10000 for a Distributed Map" : MAX_SECONDS}`, "MaxConcurrency");
  }
  if (state.label !== undefined) {
    if ([...state.label].length > MAX_LABEL_LENGTH) report.error("ASLC117", state, `Label has ${[...state.label].length} characters; it may have at most ${MAX_LABEL_LENGTH}: shorten it`, "Label");
    if (/[\s<>{}[\]?*"#%\\^|~`$&,;:/]/.test(state.label)) report.error("ASLC117", state, `Label '${state.label}' holds whitespace or a special character; use letters, digits, '-' and '_'`, "Label");
  }
  if (!distributed) {
    const onlyDistributed = (["itemReader", "itemBatcher", "resultWriter", "toleratedFailurePercentage", "toleratedFailurePercentagePath", "toleratedFailureCount", "toleratedFailureCountPath", "label"] as const).filter((k) => state[k] !== undefined);
    if (onlyDistributed.length > 0) report.error("ASLC118", state, `${onlyDistributed.join(", ")} belong to a Distributed Map: set mode: "DISTRIBUTED" (with an executionType) or remove them`, aslName(onlyDistributed[0]!));
    if (processor.executionType !== undefined) report.error("ASLC118", state, `executionType applies to a Distributed Map only: set mode: "DISTRIBUTED" or remove it`, [processorField(state), "ProcessorConfig", "ExecutionType"]);
  } else if (processor.executionType === undefined) {
    report.error("ASLC118", state, `a Distributed Map runs each item as a child workflow: set executionType to "STANDARD" or "EXPRESS"`, [processorField(state), "ProcessorConfig"]);
  }
  const config = state.itemReader?.readerConfig;
  if (config?.csvHeaderLocation === "GIVEN" && !(config.csvHeaders && config.csvHeaders.length > 0)) {
    report.error("ASLC116", state, `ItemReader.ReaderConfig.CSVHeaderLocation is GIVEN: list the column names in csvHeaders`, "ItemReader.ReaderConfig.CSVHeaderLocation");
  }
  if (state.resultWriter && state.resultWriter.resource === undefined && state.resultWriter.writerConfig === undefined) {
    report.error("ASLC116", state, `ResultWriter is empty: give a resource with parameters, a writerConfig, or both`, "ResultWriter");
  }
}

export function checkFields(workflow: WorkflowIR, report: Report): void {
  checkSpecRules(undefined, fieldsIn(workflow, WORKFLOW), report);
  for (const state of allStates(workflow)) {
    checkSpecRules(state, fieldsOf(state), report);
    switch (state.type) {
      case "Task":
        checkTask(state, report);
        break;
      case "Wait":
        checkWait(state, report);
        break;
      case "Choice":
        if (state.choices.length === 0) report.error("ASLC119", state, "a Choice needs at least one rule: add one with when(condition, then)", "Choices");
        state.choices.forEach((rule, i) => checkConditionTimestamps(state, rule.condition, `Choices[${i}]`, report));
        break;
      case "Map":
        checkMap(state, report);
        break;
      case "Pass":
      case "Succeed":
      case "Fail":
      case "Parallel":
        break;
      default:
        state satisfies never;
    }
  }
}
