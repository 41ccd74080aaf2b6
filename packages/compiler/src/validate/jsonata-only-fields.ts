/**
 * A JSONPath state evaluates no JSONata: Arguments, Output, Items and a rule's Condition do not
 * exist there, and a field that takes a number or a boolean does not take a `{% … %}` string.
 * Each is reported with the way to make the state JSONata; which fields are JSONata-only, and
 * what to write instead, is the field spec's. In a template (Parameters, Result, Assign, …) a
 * `{% … %}` string is literal text, which Step Functions passes on as written, except as the
 * value of a `.$` key, which takes a path.
 */
import type { Condition, Json, StateNode } from "@aslc/dsl";
import { fieldsOf, inLanguage, isExpressionText, type FieldPlace } from "@aslc/dsl/internal";
import { looksLikeExpression, stringsIn } from "./jsonata-fields.ts";
import type { Report } from "./report.ts";
import { variableReads } from "./variable-reads.ts";

const MAKE_JSONATA = `set queryLanguage: "JSONata" on the state (or on the workflow)`;

function hasJsonataCondition(condition: Condition): boolean {
  switch (condition.kind) {
    case "jsonata":
      return true;
    case "and":
    case "or":
      return condition.conditions.some(hasJsonataCondition);
    case "not":
      return hasJsonataCondition(condition.condition);
    case "compare":
      return false;
  }
}

/** The builder option of a field's `…Path` twin, named as the field is (`itemBatcher.maxItemsPerBatchPath`). */
export function twinOption(place: FieldPlace): string | undefined {
  const twin = place.spec.twin;
  return twin === undefined ? undefined : `${place.option.slice(0, place.option.length - place.key.length)}${twin}`;
}

export function checkJsonataOnlyFields(state: StateNode, report: Report): void {
  const places = [...fieldsOf(state)];
  for (const p of places) {
    if (inLanguage(p.spec, "JSONPath")) continue;
    const instead = p.spec.instead;
    report.error("ASLC134", state, `${p.option} (${p.field}) is a JSONata field; in a JSONPath state ${instead ? `${instead}, or ` : ""}${MAKE_JSONATA}`, p.field);
  }
  for (const p of places) {
    if (p.spec.kind !== "condition" || !hasJsonataCondition(p.value as Condition)) continue;
    const rule = p.field.slice(0, -".Condition".length);
    report.error("ASLC134", state, `${p.option.replace("condition of ", "")} (${rule}) has a JSONata Condition; in a JSONPath state give a condition from the factory (c.stringEquals(…), …), or ${MAKE_JSONATA}`);
  }
  for (const p of places) {
    if (p.spec.kind !== "scalar" || typeof p.value !== "string" || !looksLikeExpression(p.value)) continue;
    report.error("ASLC135", state, `${p.option} (${p.field}) is the expression ${JSON.stringify(p.value)}, which a JSONPath state does not evaluate: ${MAKE_JSONATA}, or give a literal or ${twinOption(p)}`, p.field);
  }
  for (const read of variableReads(state, "JSONPath")) {
    if (read.name !== "states") continue;
    report.error("ASLC134", state, `${read.where} reads $states, which exists only in JSONata states: in a JSONPath state read the input with $ and the context with $$, or ${MAKE_JSONATA}`, read.where);
  }
  for (const p of places) {
    if ((p.spec.kind !== "payload" && p.spec.kind !== "json") || !inLanguage(p.spec, "JSONPath")) continue;
    // A `.$` key's value is a path or an intrinsic call, which an expression is not. Under any
    // other key a whole `{% … %}` string is literal text, passed on as written.
    for (const { where, text } of stringsIn(p.value as Json, p.field)) {
      if (!where.endsWith(".$") || !isExpressionText(text)) continue;
      report.error("ASLC135", state, `${where} holds ${JSON.stringify(text)}, an expression where a JSONPath state takes a path or an intrinsic call: ${MAKE_JSONATA}, or write a path`, where);
    }
  }
}
