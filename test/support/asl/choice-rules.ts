/**
 * Choice rules: the comparison operators (each with its `…Path` form), the type tests, and
 * And / Or / Not. A comparison between values of different types is false, as in Step Functions;
 * a comparison whose Variable or `…Path` operand selects nothing is States.Runtime.
 */
import { InterpreterError } from "./interpreter-error.ts";
import { ABSENT, readPath } from "./json-path.ts";

type Rule = Record<string, any>;

const COMPARISON = /^(String|Numeric|Boolean|Timestamp)(Equals|LessThan|GreaterThan|LessThanEquals|GreaterThanEquals|Matches)(Path)?$/;

const KIND_TEST: Record<string, (v: unknown) => boolean> = {
  String: (v) => typeof v === "string",
  Numeric: (v) => typeof v === "number",
  Boolean: (v) => typeof v === "boolean",
  Timestamp: (v) => typeof v === "string" && !Number.isNaN(Date.parse(v)),
};

function compare(kind: string, relation: string, left: unknown, right: unknown): boolean {
  if (!KIND_TEST[kind]!(left) || !KIND_TEST[kind]!(right)) return false;
  if (relation === "Matches") {
    const pattern = String(right).split(/(?<!\\)\*/).map((part) => part.replace(/\\\*/g, "*").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*");
    return new RegExp(`^${pattern}$`, "s").test(String(left));
  }
  const [a, b] = kind === "Timestamp" ? [Date.parse(left as string), Date.parse(right as string)] : [left as number | string, right as number | string];
  switch (relation) {
    case "Equals":
      return a === b;
    case "LessThan":
      return a < b;
    case "GreaterThan":
      return a > b;
    case "LessThanEquals":
      return a <= b;
    default:
      return a >= b;
  }
}

/** A path the rule compares that selects nothing is States.Runtime (only IsPresent tests for absence). */
function required(path: string, data: unknown): unknown {
  const value = readPath(data, path);
  if (value === ABSENT) throw Object.assign(new Error(`Invalid path '${path}': the choice state's condition path references an invalid value`), { name: "States.Runtime" });
  return value;
}

const variable = (rule: Rule, data: unknown) => required(rule.Variable, data);

export function ruleMatches(rule: Rule, data: unknown): boolean {
  if (rule.And) return (rule.And as Rule[]).every((r) => ruleMatches(r, data));
  if (rule.Or) return (rule.Or as Rule[]).some((r) => ruleMatches(r, data));
  if (rule.Not) return !ruleMatches(rule.Not, data);
  if ("IsPresent" in rule) return (readPath(data, rule.Variable) !== ABSENT) === rule.IsPresent;
  for (const [test, holds] of [["IsNull", (v: unknown) => v === null], ["IsString", KIND_TEST.String], ["IsNumeric", KIND_TEST.Numeric], ["IsBoolean", KIND_TEST.Boolean], ["IsTimestamp", KIND_TEST.Timestamp]] as const) {
    if (test in rule) return holds!(variable(rule, data)) === rule[test];
  }
  for (const [key, operand] of Object.entries(rule)) {
    const match = COMPARISON.exec(key);
    if (!match) continue;
    const right = match[3] ? required(operand, data) : operand;
    return compare(match[1]!, match[2]!, variable(rule, data), right);
  }
  throw new InterpreterError(`choice rule not supported by the test interpreter: ${JSON.stringify(rule)}`);
}
