/**
 * The runtime behind the Choice condition factory (typed in choice-types.ts): one method per
 * operator, each checking its operand so plain JavaScript callers get an error at the call.
 */
import type { ChoiceOperator, ComparisonOperator, Condition } from "../ir/nodes.ts";
import type { ChoiceCondition } from "./choice-types.ts";

export const COMPARISON_OPERATORS: readonly ComparisonOperator[] = [
  "StringEquals",
  "StringLessThan",
  "StringGreaterThan",
  "StringLessThanEquals",
  "StringGreaterThanEquals",
  "NumericEquals",
  "NumericLessThan",
  "NumericGreaterThan",
  "NumericLessThanEquals",
  "NumericGreaterThanEquals",
  "BooleanEquals",
  "TimestampEquals",
  "TimestampLessThan",
  "TimestampGreaterThan",
  "TimestampLessThanEquals",
  "TimestampGreaterThanEquals",
];

const TYPE_TESTS = ["IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp"] as const;

/** Every operator a JSONPath Choice rule can test with: comparisons, their `…Path` forms, type tests and StringMatches. */
export const CHOICE_OPERATORS: readonly ChoiceOperator[] = [
  ...COMPARISON_OPERATORS,
  ...COMPARISON_OPERATORS.map((operator) => `${operator}Path` as const),
  ...TYPE_TESTS,
  "StringMatches",
];

function operandType(operator: ComparisonOperator): "string" | "number" | "boolean" {
  if (operator.startsWith("Numeric")) return "number";
  if (operator.startsWith("Boolean")) return "boolean";
  return "string";
}

function lowerFirst(text: string): string {
  return text[0]!.toLowerCase() + text.slice(1);
}

function checkPath(operator: string, variable: unknown): string {
  if (typeof variable !== "string" || !variable.startsWith("$")) {
    throw new TypeError(`${operator}: the variable must be a path such as '$.field', not ${JSON.stringify(variable)}`);
  }
  return variable;
}

function compare(variable: string, operator: ChoiceOperator, operand: string | number | boolean): ChoiceCondition {
  return Object.freeze({ condition: Object.freeze({ kind: "compare", variable, operator, operand }) as Condition });
}

function unwrap(method: string, conditions: readonly unknown[]): Condition[] {
  if (conditions.length === 0) throw new TypeError(`${method}: give at least one condition`);
  return conditions.map((c) => {
    if (typeof c !== "object" || c === null || !("condition" in c)) throw new TypeError(`${method}: every argument must be a condition built by the factory`);
    return (c as ChoiceCondition).condition;
  });
}

/** Builds the factory object; its methods are shared by every Choice. */
function createConditionFactory(): Record<string, (...args: never[]) => ChoiceCondition> {
  const factory: Record<string, (...args: any[]) => ChoiceCondition> = {};
  for (const operator of COMPARISON_OPERATORS) {
    const type = operandType(operator);
    factory[lowerFirst(operator)] = (variable: unknown, value: unknown) => {
      if (typeof value !== type || (type === "number" && !Number.isFinite(value))) {
        throw new TypeError(`${operator}: the value must be a ${type}, not ${JSON.stringify(value)}`);
      }
      return compare(checkPath(operator, variable), operator, value as string | number | boolean);
    };
    factory[`${lowerFirst(operator)}Path`] = (variable: unknown, other: unknown) =>
      compare(checkPath(operator, variable), `${operator}Path`, checkPath(`${operator}Path`, other));
  }
  for (const operator of TYPE_TESTS) {
    factory[lowerFirst(operator)] = (variable: unknown, value: unknown = true) => {
      if (typeof value !== "boolean") throw new TypeError(`${operator}: the value must be true or false`);
      return compare(checkPath(operator, variable), operator, value);
    };
  }
  factory.stringMatches = (variable: unknown, pattern: unknown) => {
    if (typeof pattern !== "string") throw new TypeError("StringMatches: the pattern must be a string");
    return compare(checkPath("StringMatches", variable), "StringMatches", pattern);
  };
  factory.and = (...conditions: unknown[]) => Object.freeze({ condition: Object.freeze({ kind: "and", conditions: Object.freeze(unwrap("and", conditions)) }) as Condition });
  factory.or = (...conditions: unknown[]) => Object.freeze({ condition: Object.freeze({ kind: "or", conditions: Object.freeze(unwrap("or", conditions)) }) as Condition });
  factory.commented = (condition: unknown, comment: unknown) => {
    if (typeof comment !== "string") throw new TypeError("commented: the comment must be a string");
    const inner = unwrap("commented", [condition])[0]!;
    if (inner.kind === "jsonata") throw new TypeError("commented: a JSONata Condition has no Comment of its own; give the rule's comment in when(…, { comment })");
    return Object.freeze({ condition: Object.freeze({ ...inner, comment }) as Condition });
  };
  factory.not = (condition: unknown) => Object.freeze({ condition: Object.freeze({ kind: "not", condition: unwrap("not", [condition])[0]! }) as Condition });
  return Object.freeze(factory);
}

export const conditionFactory = createConditionFactory();
