/**
 * A Choice rule's test as the condition factory writes it: `c.stringEquals("$.x", "A")`,
 * `c.and(…)`, `c.not(…)`, `c.isPresent("$.y", false)`; a JSONata Condition as its text.
 */
import type { Condition } from "@aslc/dsl";

function methodName(operator: string): string {
  return operator[0]!.toLowerCase() + operator.slice(1);
}

export function conditionSource(condition: Condition): string {
  const comment = condition.kind === "jsonata" ? undefined : condition.comment;
  const test = testSource(condition);
  return comment === undefined ? test : `c.commented(${test}, ${JSON.stringify(comment)})`;
}

function testSource(condition: Condition): string {
  switch (condition.kind) {
    case "jsonata":
      return JSON.stringify(condition.expression);
    case "and":
    case "or":
      return `c.${condition.kind}(${condition.conditions.map(conditionSource).join(", ")})`;
    case "not":
      return `c.not(${conditionSource(condition.condition)})`;
    case "compare": {
      const call = `c.${methodName(condition.operator)}`;
      // Type tests default to true, as c.isPresent("$.x") reads.
      if (condition.operator.startsWith("Is") && condition.operand === true) return `${call}(${JSON.stringify(condition.variable)})`;
      return `${call}(${JSON.stringify(condition.variable)}, ${JSON.stringify(condition.operand)})`;
    }
  }
}
