/**
 * A Choice rule's test read back into a Condition: `Variable` with one comparison, `And`, `Or`
 * or `Not` of nested tests (JSONPath), or a JSONata `Condition`. Operands and paths of the wrong
 * JSON type are carried as written for the compiler's checks; a test the IR cannot hold (two
 * comparisons in one rule, a comparison without its Variable) is reported.
 */
import type { ChoiceOperator, Condition, Expression } from "@aslc/dsl";
import { CHOICE_OPERATORS, CHOICE_RULE } from "@aslc/dsl/internal";
import type { NodePath } from "./definition-source.ts";
import { isObject, type AslNode, type ReadScope } from "./read-fields.ts";
import { reportUnknownField } from "./unknown-field.ts";

const OPERATORS: ReadonlySet<string> = new Set(CHOICE_OPERATORS);
const COMBINATORS = ["And", "Or", "Not"] as const;

/** The keys a rule's test is written with. */
export const CONDITION_KEYS: readonly string[] = ["Variable", ...CHOICE_OPERATORS, ...COMBINATORS, CHOICE_RULE.condition.asl];

/** A nested test's keys: a test, and a note of its own. */
const NESTED_KEYS: ReadonlySet<string> = new Set([...CONDITION_KEYS, "Comment"]);

function problem(scope: ReadScope, path: NodePath, message: string): undefined {
  scope.ctx.report("ASLC415", path, scope.state, `${scope.label}: ${message}`);
  return undefined;
}

/** A test nested in And, Or or Not: it holds a test and perhaps a Comment, nothing else (no Next). */
function readNested(value: unknown, path: NodePath, scope: ReadScope): Condition | undefined {
  if (!isObject(value)) return problem(scope, path, `a nested test must be an object, not ${Array.isArray(value) ? "a list" : JSON.stringify(value)}`);
  for (const key of Object.keys(value)) {
    if (key === "Next") scope.ctx.report("ASLC410", [...path, key], scope.state, `${scope.label}: a test nested in And, Or or Not has no Next: give Next on the rule itself`, { holdable: true });
    else if (!NESTED_KEYS.has(key)) reportUnknownField(key, [...path, key], NESTED_KEYS, CHOICE_RULE, scope);
  }
  const condition = readCondition(value, path, scope);
  if (condition === undefined && !CONDITION_KEYS.some((key) => Object.hasOwn(value, key))) {
    return problem(scope, path, "a nested test is empty: give Variable with a comparison, or And, Or or Not");
  }
  if (condition === undefined || condition.kind === "jsonata" || !Object.hasOwn(value, "Comment")) return condition;
  const comment = value["Comment"];
  if (typeof comment !== "string") {
    scope.ctx.report("ASLC413", [...path, "Comment"], scope.state, `${scope.label}: Comment must be text, not ${JSON.stringify(comment)}`);
    return undefined;
  }
  return { ...condition, comment };
}

function readAll(value: unknown, path: NodePath, scope: ReadScope, combinator: string): Condition[] | undefined {
  if (!Array.isArray(value)) return problem(scope, path, `${combinator} must be a list of tests`);
  const conditions = value.map((entry, i) => readNested(entry, [...path, i], scope));
  return conditions.every((c) => c !== undefined) ? (conditions as Condition[]) : undefined;
}

/**
 * The test a rule (or a nested test) holds; undefined when it holds none (the caller reports
 * that a rule needs one) or one the IR cannot hold (reported here).
 */
export function readCondition(node: AslNode, path: NodePath, scope: ReadScope): Condition | undefined {
  const tests = Object.keys(node).filter((key) => OPERATORS.has(key) || key === "And" || key === "Or" || key === "Not" || key === "Condition");
  const hasVariable = Object.hasOwn(node, "Variable");
  if (tests.length === 0) {
    return hasVariable ? problem(scope, [...path, "Variable"], "Variable is given without a comparison: add one (StringEquals, NumericGreaterThan, IsPresent, …)") : undefined;
  }
  if (tests.length > 1) return problem(scope, [...path, tests[1]!], `one rule holds one test, but ${tests.join(" and ")} are given: combine them with And or Or`);
  const test = tests[0]!;
  const at = [...path, test];
  const value = node[test];
  if (!OPERATORS.has(test) && hasVariable) return problem(scope, [...path, "Variable"], `Variable belongs to a comparison, not to ${test}: remove it`);
  switch (test) {
    case "And":
    case "Or": {
      const conditions = readAll(value, at, scope, test);
      return conditions && { kind: test === "And" ? "and" : "or", conditions };
    }
    case "Not": {
      const condition = readNested(value, at, scope);
      return condition && { kind: "not", condition };
    }
    case "Condition":
      return { kind: "jsonata", expression: value as Expression };
    default:
      if (!hasVariable) return problem(scope, at, `${test} compares a Variable, but none is given: add Variable (a path such as '$.field')`);
      if (typeof node["Variable"] !== "string") return problem(scope, [...path, "Variable"], `Variable must be a path such as '$.field', not ${JSON.stringify(node["Variable"])}`);
      return { kind: "compare", variable: node["Variable"] as string, operator: test as ChoiceOperator, operand: value as string | number | boolean };
  }
}
