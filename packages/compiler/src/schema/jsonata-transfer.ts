/**
 * One JSONata state's effect on the payload and the variables. `$states.input` is the state's
 * input; the work receives the Arguments (the input without them); Output gives the output,
 * by default the result for Task, Parallel and Map and the input for the others. Output and
 * Assign of Task, Parallel and Map read `$states.result`; a Catcher's read `$states.errorOutput`,
 * which is also its output by default. A Choice rule's Output and Assign replace the state's on
 * that rule's transition, as a Catcher's do. Every expression reads the variables as they were when the state was entered.
 *
 * The fields that move no data (Condition, TimeoutSeconds, Seconds, Error, …) are evaluated too,
 * so that every field name any expression of the state reads is checked.
 */
import { z, type ZodType } from "zod";
import { contextObjectSchema, errorOutputSchema, mapRunResultSchema, type Catcher, type Json, type MapNode, type StateNode } from "@aslc/dsl";
import { jsonataFields } from "../validate/jsonata-fields.ts";
import { jsonataAssigned } from "./assign-schema.ts";
import { elementOf, isArraySchema } from "./jsonata-functions.ts";
import { jsonataValueSchema, type FieldMiss, type JsonataScope } from "./jsonata-schema.ts";
import { describeSchema, known, peel } from "./schema-kinds.ts";
import { taskResultSchema } from "./task-results.ts";
import type { Transfer, TransferEnv } from "./transfer-types.ts";
import { carriedEdges, type TransitionNode } from "./carried-edges.ts";
import { unionOf } from "./union.ts";
import { processorVariables, withAssigned, type Variables } from "./variable-scope.ts";

type Evaluate = (value: Json, scope: JsonataScope, field: string) => ZodType;

export function jsonataTransfer(state: StateNode, input: ZodType, variables: Variables, env: TransferEnv): Transfer {
  const problems: string[] = [];
  const fieldMisses: FieldMiss[] = [];
  const evaluate: Evaluate = (value, scope, field) => {
    const derived = jsonataValueSchema(value, scope, field);
    problems.push(...derived.problems);
    fieldMisses.push(...derived.misses);
    return derived.schema;
  };
  const plain: JsonataScope = { input, context: env.context, variables, declared: env.expressionSchemas };
  /**
   * Evaluates, only for the names they read, the state's other JSONata fields (the spec's):
   * those that move no data (TimeoutSeconds, Error, MaxConcurrency, Credentials, …). `moved`
   * are the fields the transfer below evaluates itself; rules and catchers have their own.
   */
  const checkOthers = (...moved: string[]): void => {
    for (const field of jsonataFields(state)) {
      if (moved.includes(field.field) || field.field.startsWith("Catch[") || field.field.startsWith("Choices[")) continue;
      evaluate(field.value, plain, field.field);
    }
  };
  const assigned = (assign: Json | undefined, scope: JsonataScope, field: string): Variables =>
    jsonataAssigned(assign, (value, where) => evaluate(value, scope, where), field);
  const outputOf = (output: Json | undefined, fallback: ZodType, scope: JsonataScope, field: string): ZodType =>
    output === undefined ? fallback : evaluate(output, scope, field);
  /** Each catcher's transition: its Output (the error output by default), its Assign instead of the state's. */
  const catchCarries = (catchers: readonly Catcher[] | undefined) =>
    (catchers ?? []).map((c, i) => {
      const scope: JsonataScope = { ...plain, errorOutput: errorOutputSchema };
      return {
        schema: outputOf(c.output, errorOutputSchema, scope, `Catch[${i}].Output`),
        // A matching Catcher's Assign replaces the state's.
        variables: withAssigned(variables, assigned(c.assign, scope, `Catch[${i}].Assign`)),
      };
    });
  /** Output and Assign, then the transitions: Next (or End) and the Catchers. */
  const leave = (node: TransitionNode, fallback: ZodType, scope: JsonataScope) => {
    // The catchers are read first, as their problems have always been reported first.
    const caught = catchCarries("catch" in node ? node.catch : undefined);
    const output = outputOf(node.output, fallback, scope, "Output");
    const after = withAssigned(variables, assigned(node.assign, scope, "Assign"));
    return {
      output,
      edges: carriedEdges(node, { next: () => ({ schema: output, variables: after }), catch: ({ index }) => caught[index]! }),
      terminal: node.transition.end ? output : undefined,
    };
  };

  switch (state.type) {
    case "Task": {
      const effectiveInput = state.arguments === undefined ? input : evaluate(state.arguments, plain, "Arguments");
      checkOthers("Arguments", "Output", "Assign");
      const result = taskResultSchema(state);
      const { output, ...moves } = leave(state, result, { ...plain, result });
      return { schemas: { output, effectiveInput, result, problems, fieldMisses }, ...moves };
    }
    case "Pass": {
      const { output, ...moves } = leave(state, input, plain);
      return { schemas: { output, problems, fieldMisses }, ...moves };
    }
    case "Wait": {
      checkOthers("Output", "Assign");
      const { output, ...moves } = leave(state, input, plain);
      return { schemas: { output, problems, fieldMisses }, ...moves };
    }
    case "Choice":
      return choice(state, input, variables, plain, evaluate, assigned, problems, fieldMisses);
    case "Succeed": {
      const output = outputOf(state.output, input, plain, "Output");
      return { schemas: { output, problems, fieldMisses }, edges: [], terminal: output };
    }
    case "Fail":
      checkOthers();
      return { schemas: { output: z.never(), problems, fieldMisses }, edges: [] };
    case "Parallel": {
      const effectiveInput = state.arguments === undefined ? input : evaluate(state.arguments, plain, "Arguments");
      const outputs = env.runInner(state, effectiveInput, variables);
      const result = z.tuple(outputs as [ZodType, ...ZodType[]]);
      const { output, ...moves } = leave(state, result, { ...plain, result });
      return { schemas: { output, effectiveInput, result, problems, fieldMisses }, ...moves };
    }
    case "Map": {
      checkOthers("Items", "ItemSelector", "ItemBatcher.BatchInput", "Output", "Assign");
      const itemInput = mapItemInput(state, plain, env, evaluate, problems);
      const processed = env.runInner(state, itemInput, processorVariables(state, variables))[0]!;
      const result = state.resultWriter ? mapRunResultSchema : z.array(processed);
      const { output, ...moves } = leave(state, result, { ...plain, result });
      return { schemas: { output, effectiveInput: input, itemInput, result, problems, fieldMisses }, ...moves };
    }
  }
}

type Assigned = (assign: Json | undefined, scope: JsonataScope, field: string) => Variables;

/** Each rule's transition carries the rule's Output and Assign, or else the state's. */
function choice(
  state: Extract<StateNode, { type: "Choice" }>,
  input: ZodType,
  variables: Variables,
  scope: JsonataScope,
  evaluate: Evaluate,
  assigned: Assigned,
  problems: string[],
  fieldMisses: FieldMiss[],
): Transfer {
  const output = state.output === undefined ? input : evaluate(state.output, scope, "Output");
  const stateAssign = withAssigned(variables, assigned(state.assign, scope, "Assign"));
  const edges = carriedEdges(state, {
    choice: ({ rule, index }) => {
      if (rule.condition.kind === "jsonata") evaluate(rule.condition.expression, scope, `Choices[${index}].Condition`);
      return {
        schema: rule.output === undefined ? output : evaluate(rule.output, scope, `Choices[${index}].Output`),
        // The Choice's own Assign applies whichever way it goes; a rule's adds to it.
        variables: withAssigned(stateAssign, assigned(rule.assign, scope, `Choices[${index}].Assign`)),
      };
    },
    default: () => ({ schema: output, variables: stateAssign }),
  });
  return { schemas: { output, problems, fieldMisses }, edges };
}

/**
 * What one iteration receives: each item (of Items, else of the input; as declared for an
 * ItemReader), reshaped by ItemSelector (which reads `$states.context.Map.Item.Value`), then
 * grouped by ItemBatcher.
 */
function mapItemInput(state: MapNode, scope: JsonataScope, env: TransferEnv, evaluate: Evaluate, problems: string[]): ZodType {
  let item: ZodType;
  if (state.itemReader) item = state.itemSchema ?? z.unknown();
  else if (state.items !== undefined) item = itemOf(evaluate(state.items, scope, "Items"), "Items", problems);
  else item = itemOf(scope.input, "Items (not given: the input)", problems);
  if (state.itemSelector !== undefined) {
    item = evaluate(state.itemSelector, { ...scope, context: contextObjectSchema(env.executionInput, item) }, "ItemSelector");
  }
  if (!state.itemBatcher) return item;
  const batchInput = state.itemBatcher.batchInput;
  return z.object({
    Items: z.array(item),
    ...(batchInput !== undefined ? { BatchInput: evaluate(batchInput, scope, "ItemBatcher.BatchInput") } : {}),
  });
}

/** The items of an array; an object's values are its items. */
function itemOf(items: ZodType, what: string, problems: string[]): ZodType {
  if (isArraySchema(items)) return elementOf(items);
  const inner = peel(items).schema;
  const def = known(inner)._zod.def;
  if (def.type === "object") return unionOf(Object.values(def.shape as Record<string, ZodType>));
  if (def.type === "unknown" || def.type === "any") return inner;
  problems.push(`${what}: gives ${describeSchema(inner)}, not an array, so the Map has no items to iterate over`);
  return z.unknown();
}
