/**
 * The contract between the state machine and each Lambda function it calls: the exact event a
 * task sends (its input after InputPath and Parameters, or its Arguments in JSONata; for
 * lambda:invoke, the Payload field of those) and the result the task expects back (the task's `result` schema, unknown
 * when none is declared). Callback tasks (`.waitForTaskToken`) expect their result from
 * SendTaskSuccess, not from the function's return value.
 */
import { z, type ZodType } from "zod";
import { isExpressionText, type StateNode, type SubMachine, type TaskNode, type WorkflowIR } from "@aslc/dsl";
import { flowSchemas } from "../../schema/flow.ts";
import type { SchemaFlow } from "../../schema/flow-types.ts";
import { known, peel } from "../../schema/schema-kinds.ts";
import { contractNames, type ContractNames } from "./identifiers.ts";

export interface HandlerContract {
  readonly stateName: string;
  /** Where the task lives: "workflow", `branch 1 of Parallel "Fan out"`, … */
  readonly scope: string;
  readonly integration: "lambda-invoke" | "lambda-function";
  /** The function called: the Resource ARN, or lambda:invoke's FunctionName. */
  readonly functionName: string;
  /** True for `.waitForTaskToken`: the result comes back through SendTaskSuccess. */
  readonly callback: boolean;
  readonly event: ZodType;
  readonly result: ZodType;
  /** Parts of the event that could not be typed (they are `unknown` in the contract). */
  readonly problems: readonly string[];
  readonly names: ContractNames;
}

export function isLambdaTask(state: StateNode): state is TaskNode {
  return state.type === "Task" && (state.integration.kind === "lambda-invoke" || state.integration.kind === "lambda-function");
}

/** Every Lambda-backed task of the machine, in IR order (nested branches and processors included). */
export function lambdaTasks(workflow: WorkflowIR): TaskNode[] {
  const found: TaskNode[] = [];
  const visit = (machine: SubMachine): void => {
    for (const state of machine.states) {
      if (isLambdaTask(state)) found.push(state);
      if (state.type === "Parallel") state.branches.forEach(visit);
      if (state.type === "Map") visit(state.itemProcessor);
    }
  };
  visit(workflow);
  return found;
}

export function handlerContracts(workflow: WorkflowIR, flow: SchemaFlow = flowSchemas(workflow)): HandlerContract[] {
  const tasks = lambdaTasks(workflow);
  const names = contractNames(tasks.map((task) => task.name));
  return tasks.map((task) => {
    const record = flow.states.get(task.name);
    const sent = record?.effectiveInput ?? z.unknown();
    const event = task.integration.kind === "lambda-invoke" ? invokePayload(sent) : sent;
    return {
      stateName: task.name,
      scope: record?.scope ?? "workflow",
      integration: task.integration.kind as HandlerContract["integration"],
      functionName: functionName(task),
      callback: task.integration.pattern === "waitForTaskToken",
      // A task nothing reaches has no event; unknown keeps its contract usable.
      event: known(event)._zod.def.type === "never" ? z.unknown() : event,
      result: task.resultSchema ?? z.unknown(),
      problems: record?.problems.filter((p) => /^(InputPath|Parameters|Arguments)\b/.test(p)) ?? [],
      names: names.get(task.name)!,
    };
  });
}

/** lambda:invoke sends the Payload of the Parameters (or Arguments) as the event; without one, the event is empty. */
function invokePayload(parameters: ZodType): ZodType {
  const def = known(peel(parameters).schema)._zod.def;
  if (def.type !== "object") return z.unknown();
  const shape = def.shape as Record<string, ZodType>;
  return Object.hasOwn(shape, "Payload") ? shape.Payload! : z.object({});
}

function functionName(task: TaskNode): string {
  if (task.integration.kind === "lambda-function") return task.resource;
  const request = task.parameters ?? task.arguments;
  if (request && typeof request === "object" && !Array.isArray(request)) {
    const fields = request as { readonly [key: string]: unknown };
    if (typeof fields.FunctionName === "string") return isExpressionText(fields.FunctionName) ? `(from ${fields.FunctionName})` : fields.FunctionName;
    if (typeof fields["FunctionName.$"] === "string") return `(from ${fields["FunctionName.$"]})`;
  }
  return "(FunctionName not given)";
}
