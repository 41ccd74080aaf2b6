/**
 * Payload templates and path-valued fields: each `.$` field holds a path or a known intrinsic
 * function, `a` and `a.$` never stand side by side, and every *Path field is a valid path. The
 * field spec says which fields are paths, reference paths and templates.
 */
import { allStates, type Condition, type Json, type StateNode, type WorkflowIR } from "@aslc/dsl";
import { fieldsOf, inLanguage, isExpressionText, type FieldPlace } from "@aslc/dsl/internal";
import { checkIntrinsicText } from "./intrinsic-calls.ts";
import { isPath, isReferencePath, isVariablePath } from "./path-syntax.ts";
import { effectiveLanguage } from "./query-language.ts";
import type { Report } from "./report.ts";

function checkDynamicValue(state: StateNode, where: string, value: Json, report: Report): void {
  if (typeof value !== "string") {
    report.error("ASLC120", state, `${where} ends in .$, so its value must be a path or an intrinsic function as a string: drop the .$ for a literal value`, where);
    return;
  }
  // An expression in a JSONPath state is reported, with its remedy, by jsonata-only-fields.ts.
  if (isExpressionText(value)) return;
  if (value.startsWith("States.")) {
    checkIntrinsicText(state, where, value, report);
    return;
  }
  if (!isPath(value) && !isVariablePath(value)) report.error("ASLC122", state, `${where}: '${value}' is not a path: a path starts with '$.' (payload), '$$.' (context) or '$name' (variable)`, where);
}

function checkTemplate(state: StateNode, where: string, template: Json | undefined, report: Report): void {
  if (template === null || typeof template !== "object") return;
  if (Array.isArray(template)) {
    template.forEach((item, i) => checkTemplate(state, `${where}[${i}]`, item, report));
    return;
  }
  const object = template as { readonly [key: string]: Json };
  for (const [key, value] of Object.entries(object)) {
    if (key.endsWith(".$")) {
      if (Object.hasOwn(object, key.slice(0, -2))) report.error("ASLC123", state, `${where} has both '${key.slice(0, -2)}' and '${key}', which give the same field: keep one`, where);
      checkDynamicValue(state, `${where}.${key}`, value, report);
    } else {
      checkTemplate(state, `${where}.${key}`, value, report);
    }
  }
}

/** A reference path; a field the state writes to (ResultPath) names a place in the payload, never a variable. */
function checkReference(state: StateNode, field: string, path: string | null | undefined, report: Report, allowContext = true, allowVariable = true): void {
  if (path === undefined || path === null) return;
  if (!isReferencePath(path, allowContext) && !(allowVariable && isVariablePath(path))) {
    report.error("ASLC124", state, `${field} '${path}' is not a reference path: use '$', '$.field', '$.list[0]' (no wildcards, filters or slices)${allowContext ? "" : ", not the context object"}`, field);
  }
}

function checkGeneralPath(state: StateNode, field: string, path: string | null | undefined, report: Report): void {
  if (path === undefined || path === null) return;
  if (!isPath(path)) report.error("ASLC124", state, `${field} '${path}' is not a path: a path starts with '$'`, field);
}

function checkCondition(state: StateNode, where: string, condition: Condition, report: Report): void {
  switch (condition.kind) {
    case "compare":
      checkReference(state, `${where}.Variable`, condition.variable, report);
      if (condition.operator.endsWith("Path")) checkReference(state, `${where}.${condition.operator}`, String(condition.operand), report);
      return;
    case "and":
    case "or":
      condition.conditions.forEach((c, i) => checkCondition(state, `${where}.${condition.kind === "and" ? "And" : "Or"}[${i}]`, c, report));
      return;
    case "not":
      checkCondition(state, `${where}.Not`, condition.condition, report);
  }
}

/** The place of a field's parent: "Choices[0]" for "Choices[0].Condition". */
function parentOf(place: FieldPlace): string {
  return place.field.slice(0, Math.max(0, place.field.length - (place.spec.asl ?? place.key).length - 1));
}

/** Checks one field of a JSONPath state by its kind in the field spec. */
function checkField(state: StateNode, place: FieldPlace, report: Report): void {
  const { spec, field, value } = place;
  if (!inLanguage(spec, "JSONPath")) return;
  switch (spec.kind) {
    case "path":
      checkGeneralPath(state, field, value as string | null, report);
      return;
    case "reference-path":
      if (spec.intrinsic && typeof value === "string" && value.startsWith("States.")) checkDynamicValue(state, field, value, report);
      else checkReference(state, field, value as string | null, report, !spec.noContext, !spec.writes);
      return;
    case "payload":
      checkTemplate(state, field, value as Json, report);
      return;
    case "condition":
      checkCondition(state, parentOf(place), value as Condition, report);
      return;
  }
}

export function checkTemplatesAndPaths(workflow: WorkflowIR, report: Report): void {
  for (const state of allStates(workflow)) {
    // A JSONata state has no templates or paths; query-language.ts refuses any it holds.
    if (effectiveLanguage(workflow, state) === "JSONata") continue;
    for (const place of fieldsOf(state)) checkField(state, place, report);
  }
}
