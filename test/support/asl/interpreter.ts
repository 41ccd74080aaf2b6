/**
 * A small interpreter for Amazon States Language definitions, for tests that walk a compiled
 * workflow with real handlers. It covers what the examples use: Task (with Retry and Catch),
 * Pass, Choice, Succeed, Fail, and Parallel and Map run one branch or item at a time; the
 * JSONPath fields InputPath, Parameters, ResultSelector, ResultPath, OutputPath; the context
 * object. Retry waits are recorded, not slept. Timeouts and heartbeats are not modelled.
 *
 * A task is done by the handler registered under its state name. A handler fails a task by
 * throwing: the error's `name` is the ASL error name, its message the cause.
 */
import { InterpreterError } from "./interpreter-error.ts";
import { ABSENT, readPath, writePath } from "./json-path.ts";
import { resolveTemplate } from "./payload-template.ts";
import { ruleMatches } from "./choice-rules.ts";

type Definition = { StartAt: string; States: Record<string, any> };

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

  constructor(
    private readonly definition: Definition,
    private readonly options: RunOptions,
  ) {}

  async run(input: unknown): Promise<ExecutionResult> {
    this.executionInput = input;
    const trace = { visited: this.visited, attempts: this.attempts };
    try {
      const output = await this.runMachine(this.definition, input, {});
      return { status: "SUCCEEDED", output, ...trace };
    } catch (error) {
      if (error instanceof ExecutionFailed) return { status: "FAILED", error: error.error, cause: error.cause, ...trace };
      if (error instanceof StatesError) return { status: "FAILED", error: error.error, cause: error.cause, ...trace };
      throw error;
    }
  }

  private context(stateName: string, extra: Record<string, unknown>) {
    return {
      Execution: { Id: this.options.executionId ?? "arn:aws:states:us-east-1:123456789012:execution:test:run-1", Input: this.executionInput },
      State: { Name: stateName, EnteredTime: (this.options.now?.() ?? new Date()).toISOString() },
      ...extra,
    };
  }

  /** Runs a machine (the workflow, a branch, an item processor) to its end; returns its output. */
  private async runMachine(machine: Definition, input: unknown, extraContext: Record<string, unknown>): Promise<unknown> {
    let name: string | undefined = machine.StartAt;
    let data = input;
    for (let transitions = 0; name !== undefined; transitions++) {
      if (transitions > MAX_TRANSITIONS) throw new InterpreterError(`more than ${MAX_TRANSITIONS} transitions: a loop that never ends?`);
      const state = machine.States[name];
      if (!state) throw new InterpreterError(`no state named ${name}`);
      this.visited.push(name);
      const step = await this.runState(name, state, data, extraContext);
      data = step.output;
      name = step.next;
    }
    return data;
  }

  private async runState(name: string, state: any, input: unknown, extraContext: Record<string, unknown>): Promise<{ output: unknown; next?: string }> {
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
        return this.runWithRetry(name, state, input, extraContext, after);
      default:
        throw new InterpreterError(`state type not supported by the test interpreter: ${state.Type} (${name})`);
    }
  }

  /** Runs the work of a Task, Parallel or Map state under its Retry and Catch fields. */
  private async runWithRetry(name: string, state: any, input: unknown, extraContext: Record<string, unknown>, after: (output: unknown) => { output: unknown; next?: string }) {
    const retriesUsed = new Map<object, number>();
    let waitedSeconds: number | undefined;
    for (let attempt = 1; ; attempt++) {
      try {
        const data = selectPath(input, state.InputPath);
        const scope = { data, context: this.context(name, extraContext) };
        const result = await this.work(name, state, data, scope, extraContext);
        if (state.Type === "Task") this.attempts.push({ state: name, attempt, ...(waitedSeconds !== undefined && { waitedSeconds }) });
        const selected = state.ResultSelector ? resolveTemplate(state.ResultSelector, { data: result, context: scope.context }) : result;
        return after(placeResult(input, selected, state.ResultPath));
      } catch (thrown) {
        if (thrown instanceof InterpreterError) throw thrown;
        // A Fail state inside a branch or an iteration fails the Parallel or Map with its error.
        const error = thrown instanceof ExecutionFailed ? new StatesError(thrown.error ?? "States.BranchFailed", thrown.cause ?? "") : asStatesError(thrown);
        if (state.Type === "Task") this.attempts.push({ state: name, attempt, error: error.error, ...(waitedSeconds !== undefined && { waitedSeconds }) });
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
        return { output: placeResult(input, { Error: error.error, Cause: error.cause }, catcher.ResultPath), next: catcher.Next as string };
      }
    }
  }

  private async work(name: string, state: any, data: unknown, scope: { data: unknown; context: any }, extraContext: Record<string, unknown>): Promise<unknown> {
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
      for (const branch of state.Branches as Definition[]) outputs.push(await this.runMachine(branch, payload, extraContext));
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
      outputs.push(await this.runMachine(processor, item, extraContext));
    }
    return outputs;
  }
}

/** Runs a definition from its StartAt with the given input. */
export function runExecution(definition: unknown, input: unknown, options: RunOptions): Promise<ExecutionResult> {
  return new Interpreter(definition as Definition, options).run(input);
}
