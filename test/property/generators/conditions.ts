/**
 * Choice conditions as data: every comparison operator (literal and `…Path` forms), the type
 * tests, StringMatches, and And / Or / Not nested a few levels. The builder turns them into
 * calls on the condition factory `c` (see build-workflow.ts).
 */
import fc from "fast-check";
import { contextPath, fieldPath, referencePath } from "./paths.ts";
import { rfc3339Timestamp } from "./timestamps.ts";

export type ConditionPlan =
  | { readonly kind: "compare"; readonly method: string; readonly variable: string; readonly operand?: unknown }
  | { readonly kind: "and" | "or"; readonly conditions: readonly ConditionPlan[] }
  | { readonly kind: "not"; readonly condition: ConditionPlan };

const STRING_OPS = ["stringEquals", "stringLessThan", "stringGreaterThan", "stringLessThanEquals", "stringGreaterThanEquals"];
const NUMERIC_OPS = ["numericEquals", "numericLessThan", "numericGreaterThan", "numericLessThanEquals", "numericGreaterThanEquals"];
const TIMESTAMP_OPS = ["timestampEquals", "timestampLessThan", "timestampGreaterThan", "timestampLessThanEquals", "timestampGreaterThanEquals"];
const TYPE_TESTS = ["isNull", "isPresent", "isNumeric", "isString", "isBoolean", "isTimestamp"];

/** Choice variables read the payload and, now and then, the context object. */
const variable = fc.oneof({ weight: 9, arbitrary: fieldPath }, { weight: 1, arbitrary: contextPath });

const text = fc.oneof(fc.constantFrom("", "pending", "it's", "ünï", "a*b", "*.csv", "log-\\*", "\\\\"), fc.string({ maxLength: 6 }));
const number = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }));

const compare = (methods: readonly string[], operand: fc.Arbitrary<unknown>): fc.Arbitrary<ConditionPlan> =>
  fc.record({ kind: fc.constant("compare" as const), method: fc.constantFrom(...methods), variable, operand });

const comparison: fc.Arbitrary<ConditionPlan> = fc.oneof(
  compare(STRING_OPS, text),
  compare(NUMERIC_OPS, number),
  compare(["booleanEquals"], fc.boolean()),
  compare(TIMESTAMP_OPS, rfc3339Timestamp),
  compare([...STRING_OPS, ...NUMERIC_OPS, "booleanEquals", ...TIMESTAMP_OPS].map((m) => `${m}Path`), referencePath),
  compare(TYPE_TESTS, fc.option(fc.boolean(), { nil: undefined })),
  compare(["stringMatches"], text),
);

export function conditionArbitrary(depth = 2): fc.Arbitrary<ConditionPlan> {
  if (depth === 0) return comparison;
  const inner = conditionArbitrary(depth - 1);
  return fc.oneof(
    { weight: 4, arbitrary: comparison },
    { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom("and" as const, "or" as const), conditions: fc.array(inner, { minLength: 1, maxLength: 3 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("not" as const), condition: inner }) },
  );
}
