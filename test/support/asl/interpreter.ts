/**
 * A small interpreter for Amazon States Language definitions, for tests that walk a compiled
 * workflow with real handlers. It covers what the examples use: Task (with Retry and Catch),
 * Pass, Choice, Succeed, Fail, Parallel and Map, inline and distributed (branches and iterations
 * run concurrently, see concurrent-runs.ts; a Map's limits and tolerated failures, map-limits.ts);
 * the context object. JSONPath states: InputPath, Parameters, ResultSelector, ResultPath,
 * OutputPath. JSONata states (the machine's QueryLanguage, or the state's): Arguments, Output,
 * Assign (state, Choice rule, catcher), Condition, Items, ItemSelector, Fail's Error and Cause,
 * with workflow variables in their scopes. Which errors a Retry or Catch matches follows
 * error-matching.ts; a path that selects nothing where a value is required is States.Runtime.
 * Retry waits are recorded, not slept. Timeouts and heartbeats are not modelled.
 *
 * A task is done by the handler registered under its state name. A handler fails a task by
 * throwing: the error's `name` is the ASL error name, its message the cause. An execution's result
 * comes back once every handler it called has settled, even those whose branch was stopped by a
 * failure elsewhere, since Step Functions cannot stop a running Lambda function either.
 */
import { InterpreterError } from "./interpreter-error.ts";
import { ABSENT, readPath, writePath } from "./json-path.ts";
import { evaluatePath, resolveTemplate } from "./payload-template.ts";
import { ruleMatches } from "./choice-rules.ts";
import { errorMatches } from "./error-matching.ts";
import { runGroup, Stopped, type FailureOutcome } from "./concurrent-runs.ts";
import { exceedsTolerance, mapLimits, type MapLimits } from "./map-limits.ts";
import { evaluateCondition, evaluateValue, type StatesBinding } from "./jsonata-values.ts";
import { VariableScope } from "./variables.ts";

type Definition = { StartAt: string; States: Record<string, any>; QueryLanguage?: "JSONata" | "JSONPath" };

type Step = { output: unknown; next?: string };

/** Where a machine (the workflow, a branch, an iteration) runs. */
interface Frame {
  /** What it adds to the context object (`Map.Item` in an iteration). */
  readonly context: Record<string, unknown>;
  readonly variables: VariableScope;
  /** Aborts when the Parallel or Map it belongs to has failed: it then enters no further state. */
  readonly signal: AbortSignal;
}

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

function runtimeError(message: string): StatesError {
  return new StatesError("States.Runtime", message);
}

/** What a failed branch, iteration or child execution fails its Parallel or Map with: a Fail state's error, or the error no Catch handled. */
function branchFailure(thrown: unknown): StatesError {
  return thrown instanceof ExecutionFailed ? new StatesError(thrown.error ?? "States.BranchFailed", thrown.cause ?? "") : asStatesError(thrown);
}

/** Errors that are never a state's to handle: they pass every Retry and Catch. */
function passesHandlers(thrown: unknown): boolean {
  return thrown instanceof InterpreterError || thrown instanceof Stopped;
}

/** The Cause a Map Run reports when more items failed than it tolerates. */
const THRESHOLD_EXCEEDED = "The specified tolerated failure threshold was exceeded";

function selectPath(data: unknown, path: string | null | undefined): unknown {
  if (path === null) return {};
  if (path === undefined || path === "$") return data;
  const value = readPath(data, path);
  if (value === ABSENT) throw runtimeError(`Invalid path '${path}': no such field in the input`);
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
  /** Every branch and iteration started, stopped ones included. */
  private readonly runs: Promise<unknown>[] = [];

  constructor(
    private readonly definition: Definition,
    private readonly options: RunOptions,
  ) {}

  async run(input: unknown): Promise<ExecutionResult> {
    this.executionInput = input;
    const ended = await this.outcome(input);
    await this.leftRunning();
    return { ...ended, visited: this.visited, attempts: this.attempts, variables: this.variables.own() };
  }

  private async outcome(input: unknown): Promise<Pick<ExecutionResult, "status" | "output" | "error" | "cause">> {
    try {
      const output = await this.runMachine(this.definition, input, { context: {}, variables: this.variables, signal: new AbortController().signal });
      return { status: "SUCCEEDED", output };
    } catch (error) {
      if (error instanceof ExecutionFailed) return { status: "FAILED", error: error.error, cause: error.cause };
      if (error instanceof InterpreterError || !(error instanceof Error)) throw error;
      // An error no Catch handled, or one raised where there is none (a Pass, a Choice).
      const failure = asStatesError(error);
      return { status: "FAILED", error: failure.error, cause: failure.cause };
    }
  }

  /** Waits for the branches and iterations stopped by a failure to settle; a set-up error in one of them still surfaces. */
  private async leftRunning(): Promise<void> {
    for (let seen = 0; seen < this.runs.length; ) {
      const batch = this.runs.slice(seen);
      seen = this.runs.length;
      for (const settled of await Promise.allSettled(batch)) {
        if (settled.status === "rejected" && settled.reason instanceof InterpreterError) throw settled.reason;
      }
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
  private async runMachine(machine: Definition, input: unknown, frame: Frame): Promise<unknown> {
    let name: string | undefined = machine.StartAt;
    let data = input;
    for (let transitions = 0; name !== undefined; transitions++) {
      if (frame.signal.aborted) throw new Stopped(`stopped before entering ${name}`);
      if (transitions > MAX_TRANSITIONS) throw new InterpreterError(`more than ${MAX_TRANSITIONS} transitions: a loop that never ends?`);
      const state: any = machine.States[name];
      if (!state) throw new InterpreterError(`no state named ${name}`);
      this.visited.push(name);
      const step: Step = this.isJsonata(state) ? await this.runJsonataState(name, state, data, frame) : await this.runState(name, state, data, frame);
      data = step.output;
      name = step.next;
    }
    return data;
  }

  private async runState(name: string, state: any, input: unknown, frame: Frame): Promise<Step> {
    const assigns = [state, ...(state.Choices ?? []), ...(state.Catch ?? [])].some((field) => "Assign" in field);
    if (assigns) throw new InterpreterError(`Assign in a JSONPath state is not supported by the test interpreter (${name})`);
    const after = (output: unknown) => ({ output: selectPath(output, state.OutputPath), next: state.End ? undefined : state.Next });
    switch (state.Type) {
      case "Succeed":
        return { output: selectPath(selectPath(input, state.InputPath), state.OutputPath) };
      case "Fail": {
        // ErrorPath and CausePath (a path or an intrinsic) must select a string, or the execution fails
        // with States.Runtime (https://docs.aws.amazon.com/step-functions/latest/dg/state-fail.html).
        const scope = { data: input, context: this.context(name, frame.context) };
        const text = (field: "ErrorPath" | "CausePath") => {
          const value = evaluatePath(state[field], scope, field);
          if (typeof value !== "string") throw runtimeError(`The ${field} '${state[field]}' of state ${name} selects ${JSON.stringify(value)}, not a string`);
          return value;
        };
        throw new ExecutionFailed(state.ErrorPath !== undefined ? text("ErrorPath") : state.Error, state.CausePath !== undefined ? text("CausePath") : state.Cause);
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
        const scope = { data, context: this.context(name, frame.context) };
        const result = "Result" in state ? state.Result : state.Parameters ? resolveTemplate(state.Parameters, scope) : data;
        return after(placeResult(input, result, state.ResultPath));
      }
      case "Task":
      case "Parallel":
      case "Map":
        return this.runWithRetry(
          name,
          state,
          frame.signal,
          async () => {
            const data = selectPath(input, state.InputPath);
            const context = this.context(name, frame.context);
            const result = await this.work(name, state, data, { data, context }, frame);
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
  private async runJsonataState(name: string, state: any, input: unknown, frame: Frame): Promise<Step> {
    const scope = frame.variables;
    const context = this.context(name, frame.context);
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
        const text = async (field: "Error" | "Cause") => {
          if (state[field] === undefined) return undefined;
          const value = await evaluate(state[field]);
          if (typeof value !== "string") throw new StatesError("States.QueryEvaluationError", `The ${field} of state ${name} gives ${JSON.stringify(value)}, not a string`);
          return value;
        };
        throw new ExecutionFailed(await text("Error"), await text("Cause"));
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
          frame.signal,
          async () => {
            const result = await this.jsonataWork(name, state, input, context, evaluate, frame);
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
    frame: Frame,
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
      return this.runBranches(state.Branches, branchInput, frame);
    }
    const items = state.Items !== undefined ? await evaluate(state.Items) : input;
    if (!Array.isArray(items)) throw new StatesError("States.QueryEvaluationError", `the items of ${name} are not an array`);
    const processor = state.ItemProcessor as Definition & { ProcessorConfig?: { Mode?: string } };
    const distributed = processor.ProcessorConfig?.Mode === "DISTRIBUTED";
    const limits = await mapLimits(
      distributed,
      async (field) => (state[field] === undefined ? undefined : evaluate(state[field])),
      (message) => new StatesError("States.QueryEvaluationError", `${message} (state ${name})`),
    );
    const inputs: unknown[] = [];
    for (const [index, value] of items.entries()) {
      inputs.push(state.ItemSelector !== undefined ? await evaluate(state.ItemSelector, { context: { ...context, Map: { Item: { Index: index, Value: value } } } }) : value);
    }
    return this.runIterations(processor, inputs, distributed, limits, frame);
  }

  /** A Parallel state's branches, all at once; its result lists their outputs in branch order. */
  private runBranches(branches: readonly Definition[], input: unknown, frame: Frame): Promise<unknown[]> {
    return runGroup({ count: branches.length, limit: branches.length, signal: frame.signal, track: (run) => this.runs.push(run) }, (index, signal) =>
      this.runMachine(branches[index]!, input, { ...frame, variables: frame.variables.inner(), signal }),
    );
  }

  /**
   * A Map state's iterations, up to its concurrency at once; its result lists their outputs in item
   * order. An inline iteration that fails fails the Map with its error. A Distributed Map runs
   * each item as a child execution, with variables of its own only; a failed child counts against
   * the Map Run's tolerated failures, and once they are exceeded the Map fails with
   * States.ExceedToleratedFailureThreshold, whatever the item's own error
   * (https://docs.aws.amazon.com/step-functions/latest/dg/maprun-fail-threshold.html).
   */
  private runIterations(processor: Definition, inputs: readonly unknown[], distributed: boolean, limits: MapLimits, frame: Frame): Promise<unknown[]> {
    const onFailure = (thrown: unknown, failures: number): FailureOutcome => {
      if (passesHandlers(thrown)) return { fail: thrown };
      if (exceedsTolerance(limits, failures, inputs.length)) return { fail: new StatesError("States.ExceedToleratedFailureThreshold", THRESHOLD_EXCEEDED) };
      // Step Functions does not document what a tolerated failure leaves in the Map's output without a
      // ResultWriter; the interpreter puts the child's error output in its slot.
      const { error, cause } = branchFailure(thrown);
      return { slot: { Error: error, Cause: cause } };
    };
    return runGroup(
      { count: inputs.length, limit: limits.concurrency, signal: frame.signal, track: (run) => this.runs.push(run), ...(distributed && { onFailure }) },
      (index, signal) => this.runMachine(processor, inputs[index], { ...frame, variables: distributed ? VariableScope.empty() : frame.variables.inner(), signal }),
    );
  }

  /**
   * Runs one attempt after another of a Task, Parallel or Map state under its Retry; when the
   * retries are spent (or none applies), the first matching catcher decides what comes next.
   */
  private async runWithRetry(
    name: string,
    state: any,
    signal: AbortSignal,
    attempt: () => Promise<Step>,
    caught: (errorOutput: { Error: string; Cause: string }, catcher: any) => Promise<Step>,
  ): Promise<Step> {
    const retriesUsed = new Map<object, number>();
    let waitedSeconds: number | undefined;
    for (let count = 1; ; count++) {
      if (signal.aborted) throw new Stopped(`stopped before retrying ${name}`);
      try {
        const step = await attempt();
        if (state.Type === "Task") this.attempts.push({ state: name, attempt: count, ...(waitedSeconds !== undefined && { waitedSeconds }) });
        return step;
      } catch (thrown) {
        if (passesHandlers(thrown)) throw thrown;
        // A Fail state inside a branch or an iteration fails the Parallel or Map with its error.
        const error = branchFailure(thrown);
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

  private async work(name: string, state: any, data: unknown, scope: { data: unknown; context: any }, frame: Frame): Promise<unknown> {
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
      return this.runBranches(state.Branches, payload, frame);
    }
    const items = selectPath(data, state.ItemsPath);
    if (!Array.isArray(items)) throw runtimeError(`ItemsPath of ${name} does not select an array`);
    const processor = (state.ItemProcessor ?? state.Iterator) as Definition & { ProcessorConfig?: { Mode?: string } };
    const distributed = processor.ProcessorConfig?.Mode === "DISTRIBUTED";
    // A field's `…Path` form reads the Map's effective input; one that selects nothing usable is States.Runtime.
    const limits = await mapLimits(
      distributed,
      async (field) => (state[`${field}Path`] !== undefined ? selectPath(data, state[`${field}Path`]) : state[field]),
      (message) => runtimeError(`${message} (state ${name})`),
    );
    const selector = state.ItemSelector ?? state.Parameters;
    const inputs = items.map((value, index) => (selector ? resolveTemplate(selector, { data, context: { ...scope.context, Map: { Item: { Index: index, Value: value } } } }) : value));
    return this.runIterations(processor, inputs, distributed, limits, frame);
  }
}

/** Runs a definition from its StartAt with the given input. */
export function runExecution(definition: unknown, input: unknown, options: RunOptions): Promise<ExecutionResult> {
  return new Interpreter(definition as Definition, options).run(input);
}
