/**
 * One state's effect on the payload, in ASL's order: InputPath → Parameters → the work →
 * ResultSelector → ResultPath (into the raw input) → OutputPath. Choice, Wait and Succeed
 * only filter (OutputPath of InputPath); Catch handlers receive the raw input with the error
 * output `{ Error, Cause }` written at the catcher's ResultPath. Assign sets variables on the
 * state's transitions: its templates read the result after ResultSelector (the input after
 * InputPath for states without a result); a Choice rule's or a Catcher's Assign replaces the
 * state's on its own transition (a Catcher's reads the error output). JSONata
 * states follow their own rules (jsonata-transfer.ts).
 */
import { z, type ZodType } from "zod";
import { contextObjectSchema, errorOutputSchema, mapRunResultSchema, type Catcher, type Json, type MapNode, type StateNode } from "@aslc/dsl";
import { jsonPathAssigned } from "./assign-schema.ts";
import { jsonataTransfer } from "./jsonata-transfer.ts";
import { resolveReference } from "./references.ts";
import type { Resolution } from "./resolution.ts";
import { classic, known, peel } from "./schema-kinds.ts";
import { schemaWith } from "./schema-with.ts";
import { taskResultSchema } from "./task-results.ts";
import { notANumber } from "./number-path.ts";
import { jsonSchema, templateSchema } from "./template-schema.ts";
import type { Transfer, TransferEnv } from "./transfer-types.ts";
import { carriedEdges, type TransitionNode } from "./carried-edges.ts";
import { unionOf } from "./union.ts";
import { processorVariables, withAssigned, type Variables } from "./variable-scope.ts";

export type { Edge, Transfer, TransferEnv } from "./transfer-types.ts";

export function transfer(state: StateNode, input: ZodType, variables: Variables, env: TransferEnv): Transfer {
  if (env.languageOf(state) === "JSONata") return jsonataTransfer(state, input, variables, env);
  const problems: string[] = [];
  const take = (found: Resolution, field: string): ZodType => {
    if (found.ok) return found.schema;
    problems.push(`${field}: ${found.reason}`);
    return z.unknown();
  };
  const template = (json: Json, payload: ZodType, field: string, context = env.context): ZodType => {
    const derived = templateSchema(json, { payload, context, variables, declared: env.expressionSchemas }, field);
    problems.push(...derived.problems);
    return derived.schema;
  };
  /** The `…Path` fields that must select a number, read from the effective input. */
  const numberPaths = (node: object, payload: ZodType): void => {
    for (const [key, field] of NUMBER_PATHS) {
      const path = (node as { readonly [key: string]: unknown })[key];
      if (typeof path !== "string") continue;
      const found = resolveReference(path, { payload, context: env.context, variables });
      const reason = found.ok ? notANumber(found.schema, path) : undefined;
      if (reason !== undefined) problems.push(`${field}: ${reason}`);
    }
  };
  const assigned = (assign: Json | undefined, payload: ZodType, field: string): Variables =>
    jsonPathAssigned(assign, { payload, context: env.context, variables, declared: env.expressionSchemas }, field, problems);
  /** InputPath and OutputPath: null gives {}, absent keeps the payload. */
  const filter = (payload: ZodType, path: string | null | undefined, field: string): ZodType => {
    if (path === null) return z.object({});
    if (path === undefined) return payload;
    return take(resolveReference(path, { payload, context: env.context, variables }), field);
  };
  const finish = (result: ZodType, selector: Json | undefined, resultPath: string | null | undefined, outputPath: string | null | undefined) => {
    const selected = selector === undefined ? result : template(selector, result, "ResultSelector");
    const written = take(schemaWith(input, resultPath, selected), "ResultPath");
    return { selected, output: filter(written, outputPath, "OutputPath") };
  };
  const catchCarry = ({ catcher, index }: { readonly catcher: Catcher; readonly index: number }) => ({
    schema: take(schemaWith(input, catcher.resultPath, errorOutputSchema), `Catch[${index}].ResultPath`),
    variables: withAssigned(variables, assigned(catcher.assign, errorOutputSchema, `Catch[${index}].Assign`)),
  });
  /** The transitions a state takes: Next with its output and the variables its Assign sets, each Catch with the error output. */
  const leave = (node: TransitionNode, output: ZodType, assign: Variables) => ({
    edges: carriedEdges(node, { next: () => ({ schema: output, variables: withAssigned(variables, assign) }), catch: catchCarry }),
    terminal: node.transition.end ? output : undefined,
  });

  switch (state.type) {
    case "Task": {
      const effectiveInput = parametersInput(state, input, filter, template);
      const result = taskResultSchema(state);
      const { selected, output } = finish(result, state.resultSelector, state.resultPath, state.outputPath);
      const assign = assigned(state.assign, selected, "Assign");
      return { schemas: { output, effectiveInput, result, problems }, ...leave(state, output, assign) };
    }
    case "Pass": {
      const effectiveInput = parametersInput(state, input, filter, template);
      const result = state.result !== undefined ? jsonSchema(state.result) : effectiveInput;
      const { output } = finish(result, undefined, state.resultPath, state.outputPath);
      const assign = assigned(state.assign, result, "Assign");
      return { schemas: { output, effectiveInput, result, problems }, ...leave(state, output, assign) };
    }
    case "Wait": {
      const effective = filter(input, state.inputPath, "InputPath");
      numberPaths(state, effective);
      const output = filter(effective, state.outputPath, "OutputPath");
      return { schemas: { output, problems }, ...leave(state, output, assigned(state.assign, effective, "Assign")) };
    }
    case "Choice": {
      const effective = filter(input, state.inputPath, "InputPath");
      numberPaths(state, effective);
      const output = filter(effective, state.outputPath, "OutputPath");
      const stateAssign = assigned(state.assign, effective, "Assign");
      // The Choice's own Assign applies whichever way it goes; a rule's adds to it.
      const edges = carriedEdges(state, {
        choice: ({ rule, index }) => ({
          schema: output,
          variables: withAssigned(withAssigned(variables, stateAssign), assigned(rule.assign, effective, `Choices[${index}].Assign`)),
        }),
        default: () => ({ schema: output, variables: withAssigned(variables, stateAssign) }),
      });
      return { schemas: { output, problems }, edges };
    }
    case "Succeed": {
      const output = filter(filter(input, state.inputPath, "InputPath"), state.outputPath, "OutputPath");
      return { schemas: { output, problems }, edges: [], terminal: output };
    }
    case "Fail":
      return { schemas: { output: z.never(), problems }, edges: [] };
    case "Parallel": {
      const effectiveInput = parametersInput(state, input, filter, template);
      const outputs = env.runInner(state, effectiveInput, variables);
      const result = z.tuple(outputs as [ZodType, ...ZodType[]]);
      const { selected, output } = finish(result, state.resultSelector, state.resultPath, state.outputPath);
      const assign = assigned(state.assign, selected, "Assign");
      return { schemas: { output, effectiveInput, result, problems }, ...leave(state, output, assign) };
    }
    case "Map": {
      const effectiveInput = filter(input, state.inputPath, "InputPath");
      numberPaths(state, effectiveInput);
      const itemInput = mapItemInput(state, effectiveInput, env, take, template, variables);
      const processed = env.runInner(state, itemInput, processorVariables(state, variables))[0]!;
      const result = state.resultWriter ? mapRunResultSchema : z.array(processed);
      const { selected, output } = finish(result, state.resultSelector, state.resultPath, state.outputPath);
      const assign = assigned(state.assign, selected, "Assign");
      return { schemas: { output, effectiveInput, itemInput, result, problems }, ...leave(state, output, assign) };
    }
  }
}

/** IR keys and ASL names of the Map's and the Wait's `…Path` fields that select a number. */
const NUMBER_PATHS = [
  ["maxConcurrencyPath", "MaxConcurrencyPath"],
  ["toleratedFailurePercentagePath", "ToleratedFailurePercentagePath"],
  ["toleratedFailureCountPath", "ToleratedFailureCountPath"],
  ["secondsPath", "SecondsPath"],
] as const;

type Filter = (payload: ZodType, path: string | null | undefined, field: string) => ZodType;
type Template = (json: Json, payload: ZodType, field: string, context?: ZodType) => ZodType;
type Take = (found: Resolution, field: string) => ZodType;

/** After InputPath, then Parameters (for lambda.invoke, the Parameters hold the Payload). */
function parametersInput(
  state: { readonly inputPath?: string | null; readonly parameters?: Json },
  input: ZodType,
  filter: Filter,
  template: Template,
): ZodType {
  const effective = filter(input, state.inputPath, "InputPath");
  return state.parameters === undefined ? effective : template(state.parameters, effective, "Parameters");
}

/**
 * What one iteration receives: each item (from ItemsPath, or as declared for an ItemReader),
 * reshaped by ItemSelector (which reads `$$.Map.Item.Value`), then grouped by ItemBatcher.
 */
function mapItemInput(state: MapNode, effective: ZodType, env: TransferEnv, take: Take, template: Template, variables: Variables): ZodType {
  let item: ZodType;
  if (state.itemReader) {
    item = state.itemSchema ?? z.unknown();
  } else {
    const items = take(resolveReference(state.itemsPath ?? "$", { payload: effective, context: env.context, variables }), "ItemsPath");
    item = take(elementOf(items, state.itemsPath ?? "$"), "ItemsPath");
  }
  // The deprecated Parameters of a Map is its ItemSelector under the older name.
  const [selector, field] = state.parameters !== undefined ? [state.parameters, "Parameters"] : [state.itemSelector, "ItemSelector"];
  if (selector !== undefined) item = template(selector, effective, field, contextObjectSchema(env.executionInput, item));
  if (!state.itemBatcher) return item;
  const batchInput = state.itemBatcher.batchInput;
  return z.object({
    Items: z.array(item),
    ...(batchInput !== undefined ? { BatchInput: template(batchInput, effective, "ItemBatcher.BatchInput") } : {}),
  });
}

function elementOf(items: ZodType, path: string): Resolution {
  const def = known(peel(items).schema)._zod.def;
  if (def.type === "array") return { ok: true, schema: classic(def.element) };
  if (def.type === "tuple") return { ok: true, schema: unionOf([...def.items.map(classic), ...(def.rest ? [classic(def.rest)] : [])]) };
  if (def.type === "unknown" || def.type === "any") return { ok: true, schema: classic(peel(items).schema) };
  return { ok: false, reason: `${path} is not an array, so the Map has no items to iterate over` };
}
