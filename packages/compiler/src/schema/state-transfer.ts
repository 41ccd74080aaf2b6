/**
 * One state's effect on the payload, in ASL's order: InputPath → Parameters → the work →
 * ResultSelector → ResultPath (into the raw input) → OutputPath. Choice, Wait and Succeed
 * only filter (OutputPath of InputPath); Catch handlers receive the raw input with the error
 * output `{ Error, Cause }` written at the catcher's ResultPath.
 */
import { z, type ZodType } from "zod";
import type { Catcher, Json, MapNode, StateNode, SubMachine } from "@aslc/dsl";
import { contextObjectSchema } from "./context-object.ts";
import type { StateSchemas } from "./flow-types.ts";
import { resolveReference } from "./references.ts";
import type { Resolution } from "./resolution.ts";
import { classic, known, peel } from "./schema-kinds.ts";
import { schemaWith } from "./schema-with.ts";
import { mapRunResult, taskResultSchema } from "./task-results.ts";
import { jsonSchema, templateSchema } from "./template-schema.ts";
import { unionOf } from "./union.ts";

export interface TransferEnv {
  readonly executionInput: ZodType;
  /** The context object outside ItemSelectors. */
  readonly context: ZodType;
  /** Runs a Parallel branch or a Map item processor on an input; gives what it returns. */
  runScope(machine: SubMachine, input: ZodType, label: string): ZodType;
}

export interface Edge {
  readonly target: string;
  readonly schema: ZodType;
}

export interface Transfer {
  readonly schemas: Pick<StateSchemas, "output" | "effectiveInput" | "itemInput" | "result" | "problems">;
  readonly edges: readonly Edge[];
  /** Set when the state ends its scope (End or Succeed): what it returns from the scope. */
  readonly terminal?: ZodType;
}

/** The error output a Catch hands on. */
export function errorOutputSchema(): ZodType {
  return z.object({ Error: z.string(), Cause: z.string() });
}

export function transfer(state: StateNode, input: ZodType, env: TransferEnv): Transfer {
  const problems: string[] = [];
  const take = (found: Resolution, field: string): ZodType => {
    if (found.ok) return found.schema;
    problems.push(`${field}: ${found.reason}`);
    return z.unknown();
  };
  const template = (json: Json, payload: ZodType, field: string, context = env.context): ZodType => {
    const derived = templateSchema(json, { payload, context }, field);
    problems.push(...derived.problems);
    return derived.schema;
  };
  /** InputPath and OutputPath: null gives {}, absent keeps the payload. */
  const filter = (payload: ZodType, path: string | null | undefined, field: string): ZodType => {
    if (path === null) return z.object({});
    if (path === undefined) return payload;
    return take(resolveReference(path, { payload, context: env.context }), field);
  };
  const finish = (result: ZodType, selector: Json | undefined, resultPath: string | null | undefined, outputPath: string | null | undefined) => {
    const selected = selector === undefined ? result : template(selector, result, "ResultSelector");
    const written = take(schemaWith(input, resultPath, selected), "ResultPath");
    return filter(written, outputPath, "OutputPath");
  };
  const catchEdges = (catchers: readonly Catcher[] | undefined): Edge[] =>
    (catchers ?? []).map((c, i) => ({
      target: c.next,
      schema: take(schemaWith(input, c.resultPath, errorOutputSchema()), `Catch[${i}].ResultPath`),
    }));
  const leave = (output: ZodType, transition: { readonly next?: string; readonly end?: true }, extra: Edge[] = []) => ({
    edges: [...(transition.next !== undefined ? [{ target: transition.next, schema: output }] : []), ...extra],
    terminal: transition.end ? output : undefined,
  });

  switch (state.type) {
    case "Task": {
      const effectiveInput = parametersInput(state, input, filter, template);
      const result = taskResultSchema(state);
      const output = finish(result, state.resultSelector, state.resultPath, state.outputPath);
      return { schemas: { output, effectiveInput, result, problems }, ...leave(output, state.transition, catchEdges(state.catch)) };
    }
    case "Pass": {
      const effectiveInput = parametersInput(state, input, filter, template);
      const result = state.result !== undefined ? jsonSchema(state.result) : effectiveInput;
      const output = finish(result, undefined, state.resultPath, state.outputPath);
      return { schemas: { output, effectiveInput, result, problems }, ...leave(output, state.transition) };
    }
    case "Wait": {
      const output = filter(filter(input, state.inputPath, "InputPath"), state.outputPath, "OutputPath");
      return { schemas: { output, problems }, ...leave(output, state.transition) };
    }
    case "Choice": {
      const output = filter(filter(input, state.inputPath, "InputPath"), state.outputPath, "OutputPath");
      const targets = [...state.choices.map((rule) => rule.next), ...(state.default !== undefined ? [state.default] : [])];
      return { schemas: { output, problems }, edges: targets.map((target) => ({ target, schema: output })) };
    }
    case "Succeed": {
      const output = filter(filter(input, state.inputPath, "InputPath"), state.outputPath, "OutputPath");
      return { schemas: { output, problems }, edges: [], terminal: output };
    }
    case "Fail":
      return { schemas: { output: z.never(), problems }, edges: [] };
    case "Parallel": {
      const effectiveInput = parametersInput(state, input, filter, template);
      const outputs = state.branches.map((branch, i) => env.runScope(branch, effectiveInput, `branch ${i + 1} of Parallel "${state.name}"`));
      const result = z.tuple(outputs as [ZodType, ...ZodType[]]);
      const output = finish(result, state.resultSelector, state.resultPath, state.outputPath);
      return { schemas: { output, effectiveInput, result, problems }, ...leave(output, state.transition, catchEdges(state.catch)) };
    }
    case "Map": {
      const effectiveInput = filter(input, state.inputPath, "InputPath");
      const itemInput = mapItemInput(state, effectiveInput, env, take, template);
      const processed = env.runScope(state.itemProcessor, itemInput, `the item processor of Map "${state.name}"`);
      const result = state.resultWriter ? mapRunResult() : z.array(processed);
      const output = finish(result, state.resultSelector, state.resultPath, state.outputPath);
      return { schemas: { output, effectiveInput, itemInput, result, problems }, ...leave(output, state.transition, catchEdges(state.catch)) };
    }
  }
}

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
function mapItemInput(state: MapNode, effective: ZodType, env: TransferEnv, take: Take, template: Template): ZodType {
  let item: ZodType;
  if (state.itemReader) {
    item = state.itemSchema ?? z.unknown();
  } else {
    const items = take(resolveReference(state.itemsPath ?? "$", { payload: effective, context: env.context }), "ItemsPath");
    item = take(elementOf(items, state.itemsPath ?? "$"), "ItemsPath");
  }
  if (state.itemSelector !== undefined) {
    item = template(state.itemSelector, effective, "ItemSelector", contextObjectSchema(env.executionInput, item));
  }
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
