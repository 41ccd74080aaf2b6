/**
 * A small interpreter for Amazon States Language definitions, for tests that walk a compiled
 * workflow with real handlers. It covers what the examples use: Task (with Retry and Catch),
 * Pass, Choice, Succeed, Fail, and Parallel and Map run one branch or item at a time; the
 * context object. JSONPath states: InputPath, Parameters, ResultSelector, ResultPath,
 * OutputPath. JSONata states (the machine's QueryLanguage, or the state's): Arguments, Output,
 * Assign (state, Choice rule, catcher), Condition, Items, ItemSelector, Fail's Error and Cause,
 * with workflow variables in their scopes. Retry waits are recorded, not slept. Timeouts and
 * heartbeats are not modelled.
 *
 * A task is done by the handler registered under its state name. A handler fails a task by
 * throwing: the error's `name` is the ASL error name, its message the cause.
 */
import { InterpreterError } from "./interpreter-error.ts";
import { ABSENT, readPath, writePath } from "./json-path.ts";
import { resolveTemplate } from "./payload-template.ts";
import { ruleMatches } from "./choice-rules.ts";
import { evaluateCondition, evaluateValue, type StatesBinding } from "./jsonata-values.ts";
import { VariableScope } from "./variables.ts";

type Definition = { StartAt: string; States: Record<string, any>; QueryLanguage?: "JSONata" | "JSONPath" };

type Step = { output: unknown; next?: string };

export interface TaskCall {
  readonly stateName: string;
  /** `$$.Task.Token`: what a callback task hands to whoever completes it. */
  readonly taskToken: string;
}

/** The payload is whatever the definition passes on; handlers check it with their own schemas. */
export type TaskHandler = (input: any, call: TaskCall) => unknown;

export interface RunOptions {
  /** The handler of each Task state, by state name. */
  readonly tasks: Readonly<Record<string, TaskHandler>>;
  readonly executionId?: string;
  /** The clock `$$.State.EnteredTime` reads. */
  readonly now?: () => Date;
}

export interface TaskAttempt {
  readonly state: string;
  /** 1 for the first try. */
  readonly attempt: number;
  /** The error name when the attempt failed. */
  readonly error?: string;
  /** Seconds the Retrier waited before this attempt. */
  readonly waitedSeconds?: number;
}

export interface ExecutionResult {
  readonly status: "SUCCEEDED" | "FAILED";
  readonly output?: unknown;
  readonly error?: string;
  readonly cause?: string;
  /** Every state entered, in order, nested ones included. */
  readonly visited: readonly string[];
  readonly attempts: readonly TaskAttempt[];
  /** The top-level workflow variables when the execution ended. */
  readonly variables: Readonly<Record<string, unknown>>;
}

/** An error raised while running a state: a task's, or one of the `States.*` ones. */
class StatesError extends Error {
  constructor(
    readonly error: string,
    readonly cause: string,
  ) {
    super(`${error}: ${cause}`);
  }
}

/** The execution ended at a Fail state (or with an error no Catch handled). */
class ExecutionFailed extends Error {
  constructor(
    readonly error: string | undefined,
    readonly cause: string | undefined,
  ) {
    super(`execution failed: ${error ?? ""} ${cause ?? ""}`);
  }
}

const MAX_TRANSITIONS = 1000;

function asStatesError(error: unknown): StatesError {
  if (error instanceof StatesError) return error;
  if (error instanceof Error) return new StatesError(error.name, error.message);
  return new StatesError("Error", String(error));
}

/** States.ALL matches every error; States.TaskFailed every error but States.Timeout. */
function errorMatches(names: readonly string[], error: string): boolean {
  return names.some((name) => name === error || name === "States.ALL" || (name === "States.TaskFailed" && error !== "States.Timeout"));
}

function selectPath(data: unknown, path: string | null | undefined): unknown {
  if (path === null) return {};
  if (path === undefined || path === "$") return data;
  const value = readPath(data, path);
  if (value === ABSENT) throw new StatesError("States.Runtime", `Invalid path '${path}': no such field in the input`);
  return value;
}

function placeResult(input: unknown, result: unknown, resultPath: string | null | undefined): unknown {
  if (resultPath === null) return input;
  return writePath(input, resultPath ?? "$", result);
}

export class Interpreter {
  private readonly visited: string[] = [];
  private readonly attempts: TaskAttempt[] = [];
  private tokens = 0;
  private executionInput: unknown;
  private readonly variables = VariableScope.empty();

  constructor(
    private readonly definition: Definition,
    private readonly options: RunOptions,
  ) {}

  async run(input: unknown): Promise<ExecutionResult> {
    this.executionInput = input;
    const trace = () => ({ visited: this.visited, attempts: this.attempts, variables: this.variables.own() });
    try {
      const output = await this.runMachine(this.definition, input, {}, this.variables);
      return { status: "SUCCEEDED", output, ...trace() };
    } catch (error) {
      if (error instanceof ExecutionFailed) return { status: "FAILED", error: error.error, cause: error.cause, ...trace() };
      if (error instanceof InterpreterError || !(error instanceof Error)) throw error;
      // An error no Catch handled, or one raised where there is none (a Pass, a Choice).
      const failure = asStatesError(error);
      return { status: "FAILED", error: failure.error, cause: failure.cause, ...trace() };
    }
  }

  private context(stateName: string, extra: Record<string, unknown>) {
    return {
      Execution: { Id: this.options.executionId ?? "arn:aws:states:us-east-1:123456789012:execution:test:run-1", Input: this.executionInput },
      State: { Name: stateName, EnteredTime: (this.options.now?.() ?? new Date()).toISOString() },
      ...extra,
    };
  }

  /** A state's own QueryLanguage, or else the machine's: nested states fall back to the top level's too. */
  private isJsonata(state: any): boolean {
    return (state.QueryLanguage ?? this.definition.QueryLanguage ?? "JSONPath") === "JSONata";
  }

  /** Runs a machine (the workflow, a branch, an item processor) to its end; returns its output. */
  private async runMachine(machine: Definition, input: unknown, extraContext: Record<string, unknown>, scope: VariableScope): Promise<unknown> {
    let name: string | undefined = machine.StartAt;
    let data = input;
    for (let transitions = 0; name !== undefined; transitions++) {
      if (transitions > MAX_TRANSITIONS) throw new InterpreterError(`more than ${MAX_TRANSITIONS} transitions: a loop that never ends?`);
      const state: any = machine.States[name];
      if (!state) throw new InterpreterError(`no state named ${name}`);
      this.visited.push(name);
      const step: Step = this.isJsonata(state) ? await this.runJsonataState(name, state, data, extraContext, scope) : await this.runState(name, state, data, extraContext, scope);
      data = step.output;
      name = step.next;
    }
    return data;
  }

  private async runState(name: string, state: any, input: unknown, extraContext: Record<string, unknown>, scope: VariableScope): Promise<Step> {
    const assigns = [state, ...(state.Choices ?? []), ...(state.Catch ?? [])].some((field) => "Assign" in field);
    if (assigns) throw new InterpreterError(`Assign in a JSONPath state is not supported by the test interpreter (${name})`);
    const after = (output: unknown) => ({ output: selectPath(output, state.OutputPath), next: state.End ? undefined : state.Next });
    switch (state.Type) {
      case "Succeed":
        return { output: selectPath(selectPath(input, state.InputPath), state.OutputPath) };
      case "Fail": {
        const error = state.ErrorPath ? String(readPath(input, state.ErrorPath)) : state.Error;
        const cause = state.CausePath ? String(readPath(input, state.CausePath)) : state.Cause;
        throw new ExecutionFailed(error, cause);
      }
      case "Choice": {
        const data = selectPath(input, state.InputPath);
        const rule = (state.Choices as any[]).find((r) => ruleMatches(r, data));
        const next = rule?.Next ?? state.Default;
        if (!next) throw new StatesError("States.NoChoiceMatched", `no Choice rule matched in state ${name}`);
        return { output: selectPath(data, state.OutputPath), next };
      }
      case "Pass": {
        const data = selectPath(input, state.InputPath);
        const scope = { data, context: this.context(name, extraContext) };
        const result = "Result" in state ? state.Result : state.Parameters ? resolveTemplate(state.Parameters, scope) : data;
        return after(placeResult(input, result, state.ResultPath));
      }
      case "Task":
      case "Parallel":
      case "Map":
        return this.runWithRetry(
          name,
          state,
          async () => {
            const data = selectPath(input, state.InputPath);
            const context = this.context(name, extraContext);
            const result = await this.work(name, state, data, { data, context }, extraContext, scope);
            const selected = state.ResultSelector ? resolveTemplate(state.ResultSelector, { data: result, context }) : result;
            return after(placeResult(input, selected, state.ResultPath));
          },
          async (errorOutput, catcher) => ({ output: placeResult(input, errorOutput, catcher.ResultPath), next: catcher.Next }),
        );
      default:
        throw new InterpreterError(`state type not supported by the test interpreter: ${state.Type} (${name})`);
    }
  }

  /**
   * A JSONata state. Output and Assign are evaluated together, with the variables as they were
   * when the state was entered; the new values are seen from the next state on.
   */
  private async runJsonataState(name: string, state: any, input: unknown, extraContext: Record<string, unknown>, scope: VariableScope): Promise<Step> {
    const context = this.context(name, extraContext);
    const variables = scope.visible();
    const evaluate = (value: unknown, states: Partial<StatesBinding> = {}) => evaluateValue(value, { variables, states: { input, context, ...states } });
    /** The state's output (its Output, or the default) and its assignments, once its work is done. */
    const finish = async (holder: any, fallback: unknown, states: Partial<StatesBinding> = {}) => {
      const output = holder.Output !== undefined ? await evaluate(holder.Output, states) : fallback;
      const assigned = holder.Assign !== undefined ? ((await evaluate(holder.Assign, states)) as Record<string, unknown>) : {};
      return { output, assigned };
    };
    const next = state.End ? undefined : state.Next;
    switch (state.Type) {
      case "Succeed":
        return { output: state.Output !== undefined ? await evaluate(state.Output) : input };
      case "Fail": {
        const text = async (value: unknown) => (value === undefined ? undefined : String(await evaluate(value)));
        throw new ExecutionFailed(await text(state.Error), await text(state.Cause));
      }
      case "Pass": {
        const { output, assigned } = await finish(state, input);
        scope.assign(assigned);
        return { output, next };
      }
      case "Choice": {
        let rule: any;
        for (const candidate of state.Choices as any[]) {
          if (await evaluateCondition(candidate.Condition, { variables, states: { input, context } })) {
            rule = candidate;
            break;
          }
        }
        const target = rule?.Next ?? state.Default;
        if (!target) throw new StatesError("States.NoChoiceMatched", `no Choice rule matched in state ${name}`);
        // The state's Assign applies whichever way the Choice goes; a matching rule's adds to it.
        const own = await finish(state, input);
        const ruled = rule ? await finish(rule, own.output) : own;
        scope.assign({ ...own.assigned, ...ruled.assigned });
        return { output: ruled.output, next: target };
      }
      case "Task":
      case "Parallel":
      case "Map":
        return this.runWithRetry(
          name,
          state,
          async () => {
            const result = await this.jsonataWork(name, state, input, context, evaluate, extraContext, scope);
            const { output, assigned } = await finish(state, result, { result });
            scope.assign(assigned);
            return { output, next };
          },
          // A matching catcher's Assign is evaluated instead of the state's.
          async (errorOutput, catcher) => {
            const { output, assigned } = await finish(catcher, errorOutput, { errorOutput });
            scope.assign(assigned);
            return { output, next: catcher.Next };
          },
        );
      default:
        throw new InterpreterError(`state type not supported by the test interpreter: ${state.Type} (${name})`);
    }
  }

  /** The work of a JSONata Task, Parallel or Map: what it gives as `$states.result`. */
  private async jsonataWork(
    name: string,
    state: any,
    input: unknown,
    context: Record<string, unknown>,
    evaluate: (value: unknown, states?: Partial<StatesBinding>) => Promise<unknown>,
    extraContext: Record<string, unknown>,
    scope: VariableScope,
  ): Promise<unknown> {
    if (state.Type === "Task") {
      const handler = this.options.tasks[name];
      if (!handler) throw new InterpreterError(`no handler registered for task ${name}`);
      const taskToken = `token-${name}-${++this.tokens}`;
      const request = state.Arguments !== undefined ? await evaluate(state.Arguments, { context: { ...context, Task: { Token: taskToken } } }) : input;
      return await handler(request, { stateName: name, taskToken });
    }
    if (state.Type === "Parallel") {
      const branchInput = state.Arguments !== undefined ? await evaluate(state.Arguments) : input;
      const outputs: unknown[] = [];
      for (const branch of state.Branches as Definition[]) outputs.push(await this.runMachine(branch, branchInput, extraContext, scope.inner()));
      return outputs;
    }
    const items = state.Items !== undefined ? await evaluate(state.Items) : input;
    if (!Array.isArray(items)) throw new StatesError("States.QueryEvaluationError", `the items of ${name} are not an array`);
    const processor = state.ItemProcessor as Definition & { ProcessorConfig?: { Mode?: string } };
    const distributed = processor.ProcessorConfig?.Mode === "DISTRIBUTED";
    const outputs: unknown[] = [];
    for (const [index, value] of items.entries()) {
      const item = state.ItemSelector !== undefined ? await evaluate(state.ItemSelector, { context: { ...context, Map: { Item: { Index: index, Value: value } } } }) : value;
      // A Distributed Map runs each item as a child execution, which has variables of its own only.
      outputs.push(await this.runMachine(processor, item, extraContext, distributed ? VariableScope.empty() : scope.inner()));
    }
    return outputs;
  }

  /**
   * Runs one attempt after another of a Task, Parallel or Map state under its Retry; when the
   * retries are spent (or none applies), the first matching catcher decides what comes next.
   */
  private async runWithRetry(
    name: string,
    state: any,
    attempt: () => Promise<Step>,
    caught: (errorOutput: { Error: string; Cause: string }, catcher: any) => Promise<Step>,
  ): Promise<Step> {
    const retriesUsed = new Map<object, number>();
    let waitedSeconds: number | undefined;
    for (let count = 1; ; count++) {
      try {
        const step = await attempt();
        if (state.Type === "Task") this.attempts.push({ state: name, attempt: count, ...(waitedSeconds !== undefined && { waitedSeconds }) });
        return step;
      } catch (thrown) {
        if (thrown instanceof InterpreterError) throw thrown;
        // A Fail state inside a branch or an iteration fails the Parallel or Map with its error.
        const error = thrown instanceof ExecutionFailed ? new StatesError(thrown.error ?? "States.BranchFailed", thrown.cause ?? "") : asStatesError(thrown);
        if (state.Type === "Task") this.attempts.push({ state: name, attempt: count, error: error.error, ...(waitedSeconds !== undefined && { waitedSeconds }) });
        // The first Retrier whose ErrorEquals matches decides; an exhausted one does not pass the error on to the next.
        const retrier = (state.Retry as any[] | undefined)?.find((r) => errorMatches(r.ErrorEquals, error.error));
        const used = retrier ? (retriesUsed.get(retrier) ?? 0) : 0;
        if (retrier && used < (retrier.MaxAttempts ?? 3)) {
          retriesUsed.set(retrier, used + 1);
          const delay = (retrier.IntervalSeconds ?? 1) * (retrier.BackoffRate ?? 2) ** used;
          waitedSeconds = Math.min(delay, retrier.MaxDelaySeconds ?? Infinity);
          continue;
        }
        const catcher = (state.Catch as any[] | undefined)?.find((c) => errorMatches(c.ErrorEquals, error.error));
        if (!catcher) throw error;
        return caught({ Error: error.error, Cause: error.cause }, catcher);
      }
    }
  }

  private async work(name: string, state: any, data: unknown, scope: { data: unknown; context: any }, extraContext: Record<string, unknown>, variables: VariableScope): Promise<unknown> {
    if (state.Type === "Task") {
      const handler = this.options.tasks[name];
      if (!handler) throw new InterpreterError(`no handler registered for task ${name}`);
      const taskToken = `token-${name}-${++this.tokens}`;
      const context = { ...scope.context, Task: { Token: taskToken } };
      const payload = state.Parameters ? resolveTemplate(state.Parameters, { data, context }) : data;
      return await handler(payload, { stateName: name, taskToken });
    }
    if (state.Type === "Parallel") {
      const payload = state.Parameters ? resolveTemplate(state.Parameters, scope) : data;
      const outputs: unknown[] = [];
      for (const branch of state.Branches as Definition[]) outputs.push(await this.runMachine(branch, payload, extraContext, variables.inner()));
      return outputs;
    }
    const items = selectPath(data, state.ItemsPath);
    if (!Array.isArray(items)) throw new StatesError("States.Runtime", `ItemsPath of ${name} does not select an array`);
    const processor = (state.ItemProcessor ?? state.Iterator) as Definition;
    const outputs: unknown[] = [];
    for (const [index, value] of items.entries()) {
      const mapContext = { ...scope.context, Map: { Item: { Index: index, Value: value } } };
      const selector = state.ItemSelector ?? state.Parameters;
      const item = selector ? resolveTemplate(selector, { data, context: mapContext }) : value;
      const distributed = (processor as { ProcessorConfig?: { Mode?: string } }).ProcessorConfig?.Mode === "DISTRIBUTED";
      outputs.push(await this.runMachine(processor, item, extraContext, distributed ? VariableScope.empty() : variables.inner()));
    }
    return outputs;
  }
}

/** Runs a definition from its StartAt with the given input. */
export function runExecution(definition: unknown, input: unknown, options: RunOptions): Promise<ExecutionResult> {
  return new Interpreter(definition as Definition, options).run(input);
}
