/**
 * Field names checked against the schemas they read: every path a JSONata expression reads
 * from `$states.input`, `$states.result`, `$states.errorOutput`, `$states.context` or a
 * workflow variable, and every JSONPath `$name.field` reference, must name fields the schema
 * at that state has. Only closed objects are checked (see field-read.ts). The schema flow this
 * needs runs only for workflows that use JSONata or Assign. Each is a warning: Step Functions
 * knows no schema and takes the definition; the read gives nothing when the state runs (a
 * JSONata path is undefined, a JSONPath path fails the state).
 *
 *   ASLC150  a JSONata path reads a field the input, result, error output or context lacks
 *   ASLC151  a JSONata path reads a field a variable's schema lacks
 *   ASLC152  a JSONPath `$name.field` reference reads a field the variable's schema lacks
 *
 * Which members of `$states` a field may read (result, errorOutput) is states-placement.ts's.
 */
import { allStates, type Condition, type Json, type StateNode, type WorkflowIR } from "@aslc/dsl";
import { fieldsOf, inLanguage } from "@aslc/dsl/internal";
import { flowSchemas } from "../schema/flow.ts";
import { parseIntrinsic, type IntrinsicExpression } from "../schema/intrinsic-parser.ts";
import type { FieldMiss } from "../schema/jsonata-schema.ts";
import { variablePathMiss } from "../schema/variable-path-miss.ts";
import type { Variables } from "../schema/variable-scope.ts";
import type { Report } from "./report.ts";

export function checkFieldReferences(workflow: WorkflowIR, report: Report): void {
  const states = [...allStates(workflow)];
  const languageOf = (state: StateNode) => state.queryLanguage ?? workflow.queryLanguage ?? "JSONPath";
  if (!states.some((state) => languageOf(state) === "JSONata" || assigns(state))) return;
  const flow = flowSchemas(workflow);
  for (const state of states) {
    const record = flow.states.get(state.name);
    if (!record) continue;
    for (const miss of record.fieldMisses ?? []) reportMiss(state, miss, report);
    if (languageOf(state) === "JSONPath" && record.variables.size > 0) checkVariablePaths(state, record.variables, report);
  }
}

function assigns(state: StateNode): boolean {
  if ("assign" in state && state.assign !== undefined) return true;
  if (state.type === "Choice" && state.choices.some((rule) => rule.assign !== undefined)) return true;
  return "catch" in state && (state.catch ?? []).some((c) => c.assign !== undefined);
}

function reportMiss(state: StateNode, miss: FieldMiss, report: Report): void {
  const where = `${miss.field}: ${miss.path}: ${miss.message}`;
  if (miss.root === "$states") return;
  if (miss.root.startsWith("$states.")) {
    report.warning("ASLC150", state, `${where}: ${STATES_ADVICE[miss.root] ?? "correct the name"}`, where);
  } else {
    report.warning("ASLC151", state, `${where}: correct the name, or assign ${miss.root} a value that has this field`, where);
  }
}

const STATES_ADVICE: Record<string, string> = {
  "$states.input": "correct the name, or add the field to the schema of what reaches this state (the workflow input or an earlier state's output)",
  "$states.result": "correct the name, or add the field to the result's schema",
  "$states.errorOutput": "the error output has only Error and Cause",
  "$states.context": "correct the name: see the context object's fields",
};

/** JSONPath states: `$name.field` in templates, intrinsic arguments, Choice Variables and *Path fields. */
function checkVariablePaths(state: StateNode, variables: Variables, report: Report): void {
  const check = (where: string, path: string): void => {
    const miss = variablePathMiss(path, variables);
    if (miss) report.warning("ASLC152", state, `${where}: ${miss.path}: ${miss.message}: correct the name, or assign $${miss.variable} a value that has this field`, where);
  };
  // A path or a `.$` value; Fail's ErrorPath and CausePath may be an intrinsic call, whose arguments are paths.
  const checkValue = (at: string, text: string) => (text.startsWith("States.") ? intrinsicPaths(text).forEach((p) => check(at, p)) : check(at, text));
  for (const [where, value] of referenceFields(state)) {
    if (typeof value === "string") checkValue(where, value);
    else visitTemplate(value, where, checkValue);
  }
  if (state.type === "Choice") state.choices.forEach((rule, i) => visitCondition(rule.condition, `Choices[${i}]`, check));
}

/** The fields of a JSONPath state that hold paths (strings) or templates (JSON), as the field spec says. */
function referenceFields(state: StateNode): [string, Json][] {
  const fields: [string, Json][] = [];
  for (const place of fieldsOf(state)) {
    if (!inLanguage(place.spec, "JSONPath")) continue;
    const { kind } = place.spec;
    if ((kind === "path" || kind === "reference-path") && typeof place.value === "string" && !place.spec.writes) fields.push([place.field, place.value]);
    if (kind === "payload" && typeof place.value === "object" && place.value !== null) fields.push([place.field, place.value as Json]);
  }
  return fields;
}

/** Calls `visit` with every `.$` value of a template and where it is. */
function visitTemplate(json: Json, where: string, visit: (where: string, value: string) => void): void {
  if (json === null || typeof json !== "object") return;
  if (Array.isArray(json)) {
    (json as readonly Json[]).forEach((item, i) => visitTemplate(item, `${where}[${i}]`, visit));
    return;
  }
  for (const [key, value] of Object.entries(json as { readonly [key: string]: Json })) {
    if (key.endsWith(".$") && typeof value === "string") visit(`${where}.${key}`, value);
    else visitTemplate(value, `${where}.${key}`, visit);
  }
}

function intrinsicPaths(text: string): string[] {
  const parsed = parseIntrinsic(text);
  if (!parsed.ok) return [];
  const paths: string[] = [];
  const visit = (expression: IntrinsicExpression): void => {
    if (expression.kind === "path") paths.push(expression.path);
    if (expression.kind === "call") expression.args.forEach(visit);
  };
  visit(parsed.expression);
  return paths;
}

function visitCondition(condition: Condition, where: string, check: (where: string, path: string) => void): void {
  switch (condition.kind) {
    case "compare":
      check(`${where}.Variable`, condition.variable);
      if (condition.operator.endsWith("Path") && typeof condition.operand === "string") check(`${where}.${condition.operator}`, condition.operand);
      return;
    case "and":
    case "or":
      condition.conditions.forEach((c, i) => visitCondition(c, `${where}.${condition.kind === "and" ? "And" : "Or"}[${i}]`, check));
      return;
    case "not":
      visitCondition(condition.condition, `${where}.Not`, check);
      return;
    case "jsonata":
      return;
  }
}
