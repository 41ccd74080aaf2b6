/**
 * The contract between the state machine and each Lambda function it calls. Tasks that call the
 * same function (function-identity.ts) share one contract: its event is the union of what each
 * task sends (a task's input after InputPath and Parameters, or its Arguments in JSONata; for
 * lambda:invoke, the Payload field of those), its result one that every task's expectation
 * accepts (merge-results.ts; a task's `result` schema, unknown when none is declared). Callback
 * tasks (`.waitForTaskToken`) expect their result from SendTaskSuccess, not from the function's
 * return value.
 */
import { z, type ZodType } from "zod";
import { statesInOrder, type StateNode, type TaskNode, type WorkflowIR } from "@aslc/dsl";
import { CompileError, type Diagnostic } from "../../diagnostics.ts";
import { flowSchemas } from "../../schema/flow.ts";
import type { SchemaFlow } from "../../schema/flow-types.ts";
import { known, peel } from "../../schema/schema-kinds.ts";
import { unionOf } from "../../schema/union.ts";
import { functionIdentity } from "./function-identity.ts";
import { contractNamesInOrder, type ContractNames } from "./identifiers.ts";
import { mergeResults } from "./merge-results.ts";
import { typeText } from "./type-text.ts";

/** One task's call of a function. */
export interface TaskCall {
  readonly stateName: string;
  /** Where the task lives: "workflow", `branch 1 of Parallel "Fan out"`, … */
  readonly scope: string;
  readonly integration: "lambda-invoke" | "lambda-function";
  /** True for `.waitForTaskToken`: the result comes back through SendTaskSuccess. */
  readonly callback: boolean;
  readonly event: ZodType;
  readonly result: ZodType;
  /** Parts of the event that could not be typed (they are `unknown` in the contract). */
  readonly problems: readonly string[];
}

export interface HandlerContract {
  /** Contracts with the same key, in any workflow, are of the same function. */
  readonly functionKey: string;
  /** The function called: the Resource ARN, or lambda:invoke's FunctionName, as written. */
  readonly functionName: string;
  /** The tasks that call it, in the order of the machine. */
  readonly tasks: readonly TaskCall[];
  /** True when every task waits for a task token: the handler returns nothing the workflow reads. */
  readonly callback: boolean;
  /** What any of the tasks sends. */
  readonly event: ZodType;
  /** What the function must return (or SendTaskSuccess send) for every task to accept it. */
  readonly result: ZodType;
  readonly names: ContractNames;
}

export function isLambdaTask(state: StateNode): state is TaskNode {
  return state.type === "Task" && (state.integration.kind === "lambda-invoke" || state.integration.kind === "lambda-function");
}

/** Every Lambda-backed task of the machine, in IR order (nested branches and processors included). */
export function lambdaTasks(workflow: WorkflowIR): TaskNode[] {
  return [...statesInOrder(workflow)].map(({ state }) => state).filter(isLambdaTask);
}

interface FunctionCalls {
  readonly key: string;
  readonly functionName: string;
  readonly stem: string;
  readonly tasks: { readonly node: TaskNode; readonly call: TaskCall }[];
}

function functionCalls(workflow: WorkflowIR, flow: SchemaFlow): FunctionCalls[] {
  const byKey = new Map<string, { key: string; functionName: string; stem: string; tasks: FunctionCalls["tasks"][number][] }>();
  for (const task of lambdaTasks(workflow)) {
    const identity = functionIdentity(task, workflow.name);
    const group = byKey.get(identity.key) ?? { key: identity.key, functionName: identity.functionName, stem: identity.stem, tasks: [] };
    byKey.set(identity.key, group);
    group.tasks.push({ node: task, call: taskCall(task, flow) });
  }
  return [...byKey.values()];
}

function taskCall(task: TaskNode, flow: SchemaFlow): TaskCall {
  const record = flow.states.get(task.name);
  const sent = record?.effectiveInput ?? z.unknown();
  const event = task.integration.kind === "lambda-invoke" ? invokePayload(sent) : sent;
  return {
    stateName: task.name,
    scope: record?.scope ?? "workflow",
    integration: task.integration.kind as TaskCall["integration"],
    callback: task.integration.pattern === "waitForTaskToken",
    // A task nothing reaches has no event; unknown keeps its contract usable.
    event: known(event)._zod.def.type === "never" ? z.unknown() : event,
    result: task.resultSchema ?? z.unknown(),
    problems: record?.problems.filter((p) => /^(InputPath|Parameters|Arguments)\b/.test(p)) ?? [],
  };
}

/**
 * Tasks that call one function but expect results no value can meet: each pair reported on the
 * later task, naming both, the path where they part, and the two types.
 */
export function sharedFunctionConflicts(workflow: WorkflowIR, flow: SchemaFlow = flowSchemas(workflow)): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const group of functionCalls(workflow, flow)) {
    const conflict = firstConflict(group.tasks);
    if (!conflict) continue;
    const { earlier, later, merged } = conflict;
    const at = merged.path === "$" ? "" : ` at ${merged.path}`;
    diagnostics.push({
      code: "ASLC331",
      severity: "error",
      workflow: workflow.name,
      state: later.node.name,
      message: `tasks ${JSON.stringify(earlier.node.name)} and ${JSON.stringify(later.node.name)} call the same function ${group.functionName} but expect results no value can meet${at} (${oneLine(merged.first)} and ${oneLine(merged.second)}): make their result schemas agree, or call different functions`,
      site: later.node.site,
    });
  }
  return diagnostics;
}

function firstConflict(tasks: FunctionCalls["tasks"]) {
  for (let j = 1; j < tasks.length; j++) {
    for (let i = 0; i < j; i++) {
      const merged = mergeResults(tasks[i]!.call.result, tasks[j]!.call.result);
      if (!merged.ok) return { earlier: tasks[i]!, later: tasks[j]!, merged };
    }
  }
  return undefined;
}

function oneLine(schema: ZodType): string {
  return typeText(schema).replace(/\s*\n\s*/g, " ");
}

/** One contract per function the workflow calls, in the order the machine first calls each. */
export function handlerContracts(workflow: WorkflowIR, flow: SchemaFlow = flowSchemas(workflow)): HandlerContract[] {
  const conflicts = sharedFunctionConflicts(workflow, flow);
  if (conflicts.length > 0) throw new CompileError(conflicts);
  const groups = functionCalls(workflow, flow);
  const names = contractNamesInOrder(groups.map((g) => g.stem));
  return groups.map((group, i) => {
    const calls = group.tasks.map((t) => t.call);
    let result: ZodType = z.unknown();
    for (const call of calls) {
      const merged = mergeResults(result, call.result);
      if (merged.ok) result = merged.schema;
    }
    return {
      functionKey: group.key,
      functionName: group.functionName,
      tasks: calls,
      callback: calls.every((c) => c.callback),
      event: calls.length === 1 ? calls[0]!.event : unionOf(calls.map((c) => c.event)),
      result,
      names: names[i]!,
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
