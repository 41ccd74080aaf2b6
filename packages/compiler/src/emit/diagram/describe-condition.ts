/** A Choice condition as short readable text, for diagram edge labels and summaries. */
import type { ChoiceOperator, Condition } from "@aslc/dsl";

const SYMBOLS: Record<string, string> = {
  Equals: "==",
  LessThan: "<",
  GreaterThan: ">",
  LessThanEquals: "<=",
  GreaterThanEquals: ">=",
};

function comparison(variable: string, operator: ChoiceOperator, operand: string | number | boolean): string {
  if (operator.startsWith("Is")) return `${operand ? "" : "not "}${operator.slice(2).toLowerCase()}(${variable})`;
  if (operator === "StringMatches") return `${variable} matches ${JSON.stringify(operand)}`;
  const isPath = operator.endsWith("Path");
  const base = isPath ? operator.slice(0, -4) : operator;
  const relation = base.replace(/^(String|Numeric|Boolean|Timestamp)/, "");
  const value = isPath || typeof operand !== "string" ? String(operand) : JSON.stringify(operand);
  return `${variable} ${SYMBOLS[relation] ?? relation} ${value}`;
}

export function describeCondition(condition: Condition): string {
  switch (condition.kind) {
    case "compare":
      return comparison(condition.variable, condition.operator, condition.operand);
    case "and":
      return condition.conditions.map((c) => (c.kind === "or" ? `(${describeCondition(c)})` : describeCondition(c))).join(" and ");
    case "or":
      return condition.conditions.map((c) => (c.kind === "and" ? `(${describeCondition(c)})` : describeCondition(c))).join(" or ");
    case "not":
      return `not (${describeCondition(condition.condition)})`;
    case "jsonata":
      return typeof condition.expression === "boolean" ? String(condition.expression) : condition.expression.slice(2, -2).trim();
  }
}
