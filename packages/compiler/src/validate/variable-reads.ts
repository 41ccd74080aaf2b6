/**
 * The workflow variables a state reads, with where each is read. In a JSONata state: every
 * expression of its JSONata fields. In a JSONPath state: `.$` template values and intrinsic
 * arguments that start with `$name`, every *Path field, and Choice Variables and *Path operands.
 * Every read sees the variables as they were when the state was entered.
 */
import type { Condition, Json, StateNode } from "@aslc/dsl";
import { fieldsOf, inLanguage } from "@aslc/dsl/internal";
import { isExpressionText } from "@aslc/dsl/internal";
import { parseExpression } from "../jsonata/expression-tree.ts";
import { expressionReads } from "./expression-references.ts";
import { jsonataFields, stringsIn } from "./jsonata-fields.ts";

export interface VariableRead {
  readonly name: string;
  /** The place it is read: "Output", "Choices[0].Condition", "Parameters.id.$". */
  readonly where: string;
}

const NAME = String.raw`[\p{ID_Start}_]\p{ID_Continue}*`;
const VARIABLE_PATH = new RegExp(String.raw`^\$(${NAME})`, "u");
const VARIABLE_IN_CALL = new RegExp(String.raw`(?<![\p{ID_Continue}$])\$(${NAME})`, "gu");
const STRING_LITERAL = /'(?:[^'\\]|\\.)*'/gs;

/** The variable a JSONPath path or intrinsic call reads: `$order.id`, `States.Format('{}', $name)`. */
function jsonPathReads(text: string): string[] {
  if (text.startsWith("States.")) return [...text.replace(STRING_LITERAL, "''").matchAll(VARIABLE_IN_CALL)].map((m) => m[1]!);
  const match = VARIABLE_PATH.exec(text);
  return match ? [match[1]!] : [];
}

function templateReads(template: Json | undefined, where: string, out: VariableRead[]): void {
  if (template === null || typeof template !== "object") return;
  if (Array.isArray(template)) {
    template.forEach((item, i) => templateReads(item, `${where}[${i}]`, out));
    return;
  }
  for (const [key, value] of Object.entries(template as { readonly [key: string]: Json })) {
    if (key.endsWith(".$") && typeof value === "string") for (const name of jsonPathReads(value)) out.push({ name, where: `${where}.${key}` });
    else templateReads(value, `${where}.${key}`, out);
  }
}

function conditionReads(condition: Condition, where: string, out: VariableRead[]): void {
  switch (condition.kind) {
    case "compare":
      for (const name of jsonPathReads(condition.variable)) out.push({ name, where: `${where}.Variable` });
      if (condition.operator.endsWith("Path") && typeof condition.operand === "string") {
        for (const name of jsonPathReads(condition.operand)) out.push({ name, where: `${where}.${condition.operator}` });
      }
      return;
    case "and":
    case "or":
      condition.conditions.forEach((c, i) => conditionReads(c, `${where}.${condition.kind === "and" ? "And" : "Or"}[${i}]`, out));
      return;
    case "not":
      conditionReads(condition.condition, `${where}.Not`, out);
      return;
    case "jsonata":
      return;
  }
}

/** A JSONPath state's reads, field by field as the spec describes them: templates, paths and conditions. */
function jsonPathStateReads(state: StateNode): VariableRead[] {
  const out: VariableRead[] = [];
  for (const place of fieldsOf(state)) {
    if (!inLanguage(place.spec, "JSONPath")) continue;
    switch (place.spec.kind) {
      case "payload":
        templateReads(place.value as Json, place.field, out);
        break;
      case "path":
      case "reference-path":
        // ResultPath writes into the payload; it reads nothing.
        if (typeof place.value === "string" && !place.spec.writes) for (const name of jsonPathReads(place.value)) out.push({ name, where: place.field });
        break;
      case "condition":
        conditionReads(place.value as Condition, place.field.slice(0, -".Condition".length), out);
        break;
    }
  }
  return out;
}

/** The variables a JSONata value's text reads: none unless it is a whole `{% … %}` expression that parses. */
function expressionVariables(text: string): string[] {
  if (!isExpressionText(text)) return [];
  const parsed = parseExpression(text.slice(2, -2));
  return parsed.ok ? expressionReads(parsed.ast).variables.map(({ name }) => name) : [];
}

function jsonataStateReads(state: StateNode): VariableRead[] {
  const out: VariableRead[] = [];
  for (const field of jsonataFields(state)) {
    for (const { where, text } of stringsIn(field.value, field.field)) for (const name of expressionVariables(text)) out.push({ name, where });
  }
  return out;
}

export function variableReads(state: StateNode, language: "JSONPath" | "JSONata"): VariableRead[] {
  return language === "JSONata" ? jsonataStateReads(state) : jsonPathStateReads(state);
}
