/**
 * Small ASL definitions as IR, for the inference tests: the fields those tests use, mapped to
 * the IR's camelCase names, with transitions, rules, catchers, nested machines and each Task's
 * integration from its Resource.
 */
import { z } from "zod";
import type { Condition, StateNode, SubMachine, WorkflowIR } from "@aslc/dsl";
import { integrationFromArn } from "@aslc/dsl/internal";

type Asl = Record<string, any>;

const camel = (key: string) => key[0]!.toLowerCase() + key.slice(1);

export function workflowIr(definition: Asl, name = "Inferred"): WorkflowIR {
  return { name, inputSchema: z.unknown(), ...(definition.QueryLanguage ? { queryLanguage: definition.QueryLanguage } : {}), ...machine(definition) } as WorkflowIR;
}

function machine(definition: Asl): SubMachine {
  return { startAt: definition.StartAt, states: Object.entries(definition.States as Asl).map(([name, state]) => stateIr(name, state)) };
}

function stateIr(name: string, asl: Asl): StateNode {
  const node: Asl = { name };
  for (const [key, value] of Object.entries(asl)) {
    if (key === "Next") node.transition = { next: value };
    else if (key === "End") node.transition = { end: true };
    else if (key === "Branches") node.branches = value.map(machine);
    else if (key === "ItemProcessor" || key === "Iterator") node.itemProcessor = machine(value);
    else if (key === "Choices") node.choices = value.map((rule: Asl) => ({ condition: condition(rule), next: rule.Next, ...(rule.Assign ? { assign: rule.Assign } : {}), ...(rule.Output ? { output: rule.Output } : {}) }));
    else if (key === "Catch" || key === "Retry") node[camel(key)] = value.map(fields);
    else if (key === "ItemReader" || key === "ItemBatcher" || key === "ResultWriter") node[camel(key)] = fields(value);
    else if (key === "Resource") Object.assign(node, { resource: value, integration: integrationFromArn(value).info });
    else node[camel(key)] = value;
  }
  return node as StateNode;
}

/** An object's fields by their IR names; a reader's or writer's config likewise, templates as they are. */
function fields(asl: Asl): Asl {
  return Object.fromEntries(Object.entries(asl).map(([k, v]) => [camel(k), k.endsWith("Config") ? fields(v) : v]));
}

function condition(rule: Asl): Condition {
  if (rule.Condition) return { kind: "jsonata", expression: rule.Condition };
  if (rule.And) return { kind: "and", conditions: rule.And.map(condition) };
  if (rule.Or) return { kind: "or", conditions: rule.Or.map(condition) };
  if (rule.Not) return { kind: "not", condition: condition(rule.Not) };
  const operator = Object.keys(rule).find((key) => key !== "Variable" && key !== "Next" && key !== "Assign")!;
  return { kind: "compare", variable: rule.Variable, operator: operator as never, operand: rule[operator] };
}
