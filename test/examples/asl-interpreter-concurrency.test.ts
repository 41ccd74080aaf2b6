/**
 * The test interpreter runs Parallel branches and Map iterations at the same time, as Step
 * Functions does, and handles a failure among them as Step Functions does. The schedule is the
 * tests': each task waits on a gate the test opens or fails, and `settle()` lets the interpreter
 * run until it waits again. No clock is involved.
 */
import { describe, expect, it } from "vitest";
import { runExecution, type ExecutionResult, type TaskHandler } from "../support/asl/interpreter.ts";

interface Gate {
  readonly promise: Promise<unknown>;
  open(value: unknown): void;
  fail(error: Error): void;
}

function gate(): Gate {
  let open!: (value: unknown) => void;
  let fail!: (error: Error) => void;
  const promise = new Promise((resolve, reject) => ((open = resolve), (fail = reject)));
  return { promise, open, fail };
}

/** Lets every promise callback run: the interpreter goes on until it waits on a gate again. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

const errorNamed = (name: string, message = `${name} happened`) => Object.assign(new Error(message), { name });

/** A task whose every call waits on its own gate, by the call's input. */
function gatedTask() {
  const gates = new Map<unknown, Gate>();
  const started: unknown[] = [];
  const finished: unknown[] = [];
  const handler: TaskHandler = async (input) => {
    started.push(input);
    const call = gate();
    gates.set(input, call);
    const output = await call.promise;
    finished.push(input);
    return output;
  };
  return { handler, started, finished, gate: (input: unknown) => gates.get(input)! };
}

/** A task that fails for the given items and gives `item * 10` for the others. */
const failingFor =
  (...failing: number[]): TaskHandler =>
  async (item: number) => {
    if (failing.includes(item)) throw errorNamed("OutOfStock", `item ${item} is out of stock`);
    return item * 10;
  };

/** A Map over `$.items` whose iteration is the Task Work then the Pass After; its Catch goes to Recover. */
function map(fields: Record<string, unknown>, mode: "INLINE" | "DISTRIBUTED" = "INLINE") {
  return {
    StartAt: "Each",
    States: {
      Each: {
        Type: "Map",
        ItemsPath: "$.items",
        ...fields,
        ItemProcessor: {
          ProcessorConfig: { Mode: mode, ...(mode === "DISTRIBUTED" && { ExecutionType: "STANDARD" }) },
          StartAt: "Work",
          States: { Work: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Next: "After" }, After: { Type: "Pass", End: true } },
        },
        ResultPath: "$.results",
        Catch: [{ ErrorEquals: ["States.ALL"], Next: "Recover", ResultPath: "$.error" }],
        End: true,
      },
      Recover: { Type: "Pass", End: true },
    },
  };
}

const distributed = (fields: Record<string, unknown> = {}) => map(fields, "DISTRIBUTED");

/** Runs with an OutOfStock failure for the given items, and gives how the Map ended. */
async function mapEnd(definition: unknown, items: number[], failing: number[], input: Record<string, unknown> = {}): Promise<ExecutionResult> {
  return runExecution(definition, { items, ...input }, { tasks: { Work: failingFor(...failing) } });
}

const EXCEEDED = { Error: "States.ExceedToleratedFailureThreshold", Cause: "The specified tolerated failure threshold was exceeded" };

describe("test ASL interpreter: concurrent branches and iterations", () => {
  it("runs Parallel branches at the same time and lists their outputs in branch order", async () => {
    // "A Parallel state causes AWS Step Functions to execute each branch ... as concurrently as possible,
    // and wait until all branches terminate" (https://docs.aws.amazon.com/step-functions/latest/dg/state-parallel.html).
    const branch = (name: string) => ({ StartAt: name, States: { [name]: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", End: true } } });
    const definition = { StartAt: "Both", States: { Both: { Type: "Parallel", Branches: [branch("A"), branch("B")], End: true } } };
    const a = gatedTask();
    const b = gatedTask();
    const execution = runExecution(definition, "in", { tasks: { A: a.handler, B: b.handler } });
    await settle();
    expect([a.started, b.started]).toEqual([["in"], ["in"]]);
    b.gate("in").open("b");
    await settle();
    a.gate("in").open("a");
    expect(await execution).toMatchObject({ status: "SUCCEEDED", output: ["a", "b"] });
  });

  it("starts at most MaxConcurrency iterations, each next one as a slot frees up, and keeps item order", async () => {
    // MaxConcurrency is the upper bound on how many iterations run at once
    // (https://docs.aws.amazon.com/step-functions/latest/dg/state-map-inline.html).
    const work = gatedTask();
    const execution = runExecution(map({ MaxConcurrency: 2 }), { items: [1, 2, 3, 4] }, { tasks: { Work: work.handler } });
    await settle();
    expect(work.started).toEqual([1, 2]);
    work.gate(2).open(20);
    await settle();
    expect(work.started).toEqual([1, 2, 3]);
    work.gate(1).open(10);
    await settle();
    expect(work.started).toEqual([1, 2, 3, 4]);
    work.gate(4).open(40);
    work.gate(3).open(30);
    expect(await execution).toMatchObject({ status: "SUCCEEDED", output: { results: [10, 20, 30, 40] } });
  });

  it("runs inline iterations 40 at a time when MaxConcurrency is 0, and reads MaxConcurrencyPath from the input", async () => {
    // MaxConcurrency 0, the default, places no limit of its own (https://docs.aws.amazon.com/step-functions/latest/dg/state-map-inline.html),
    // but Inline mode "supports up to 40 concurrent iterations" (https://docs.aws.amazon.com/step-functions/latest/dg/concepts-map-process-modes.html).
    const items = Array.from({ length: 41 }, (_, i) => i);
    const unlimited = gatedTask();
    const execution = runExecution(map({ MaxConcurrency: 0 }), { items }, { tasks: { Work: unlimited.handler } });
    await settle();
    expect(unlimited.started).toHaveLength(40);
    unlimited.gate(0).open(0);
    await settle();
    expect(unlimited.started).toHaveLength(41);
    items.slice(1).forEach((item) => unlimited.gate(item).open(item));
    expect((await execution).status).toBe("SUCCEEDED");

    const fromInput = gatedTask();
    const limited = runExecution(map({ MaxConcurrencyPath: "$.limit" }), { items: [1, 2], limit: 1 }, { tasks: { Work: fromInput.handler } });
    await settle();
    expect(fromInput.started).toEqual([1]);
    fromInput.gate(1).open(1);
    await settle();
    fromInput.gate(2).open(2);
    expect(await limited).toMatchObject({ status: "SUCCEEDED", output: { results: [1, 2] } });
  });

  it("stops a Map at its first failed iteration: no further item starts, a running one finishes its task but enters no further state", async () => {
    // A failed iteration fails the whole Map state and its other iterations are stopped
    // (https://docs.aws.amazon.com/step-functions/latest/dg/state-map-inline.html); a Lambda function
    // already invoked still runs to its end: "Running Lambda functions cannot be stopped"
    // (https://docs.aws.amazon.com/step-functions/latest/dg/state-parallel.html).
    const work = gatedTask();
    const execution = runExecution(map({ MaxConcurrency: 2 }), { items: [1, 2, 3] }, { tasks: { Work: work.handler } });
    let ended = false;
    void execution.then(() => (ended = true));
    await settle();
    work.gate(1).fail(errorNamed("OutOfStock"));
    await settle();
    // The Catch has already run, while item 2's task is still running; item 3 never started.
    expect(work.started).toEqual([1, 2]);
    expect(ended).toBe(false);
    work.gate(2).open(20);
    const result = await execution;
    expect(work.finished).toEqual([2]);
    expect(result).toMatchObject({ status: "SUCCEEDED", output: { error: { Error: "OutOfStock", Cause: "OutOfStock happened" } } });
    expect(result.visited).toEqual(["Each", "Work", "Work", "Recover"]);
  });

  it("stops a Parallel state's other branches when one fails, and lets their running tasks finish", async () => {
    // "If any branch fails ... the entire Parallel state is considered to have failed and all its branches
    // are stopped" and "invoked Lambda functions continue to run" (https://docs.aws.amazon.com/step-functions/latest/dg/state-parallel.html).
    const branch = (name: string) => ({
      StartAt: name,
      States: { [name]: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Next: `${name}Done` }, [`${name}Done`]: { Type: "Pass", End: true } },
    });
    const definition = {
      StartAt: "Both",
      States: {
        Both: { Type: "Parallel", Branches: [branch("A"), branch("B")], Catch: [{ ErrorEquals: ["States.ALL"], Next: "Recover" }], End: true },
        Recover: { Type: "Pass", End: true },
      },
    };
    const b = gatedTask();
    const execution = runExecution(definition, "in", { tasks: { A: async () => Promise.reject(errorNamed("Boom")), B: b.handler } });
    await settle();
    b.gate("in").open("b");
    const result = await execution;
    expect(b.finished).toEqual(["in"]);
    expect(result).toMatchObject({ status: "SUCCEEDED", output: { Error: "Boom", Cause: "Boom happened" } });
    expect(result.visited).toEqual(["Both", "A", "B", "Recover"]);
  });
});

describe("test ASL interpreter: Distributed Map tolerated failures", () => {
  // "Step Functions returns a States.ExceedToleratedFailureThreshold error when the Map Run fails because
  // the specified threshold is exceeded"; "The default percentage value is zero, which means that the
  // workflow fails if any one of its child workflow executions fails"; "If you specify both values, the
  // workflow fails when it exceeds either value" (https://docs.aws.amazon.com/step-functions/latest/dg/maprun-fail-threshold.html).
  it("fails the Map with States.ExceedToleratedFailureThreshold, not the item's error, when one child fails and none is tolerated", async () => {
    expect(await mapEnd(distributed(), [1, 2, 3], [2])).toMatchObject({ status: "SUCCEEDED", output: { error: EXCEEDED } });
    const uncaught = { ...distributed(), States: { ...distributed().States, Each: { ...distributed().States.Each, Catch: [] } } };
    expect(await mapEnd(uncaught, [1, 2, 3], [2])).toMatchObject({ status: "FAILED", error: EXCEEDED.Error, cause: EXCEEDED.Cause });
    // An inline Map has no Map Run: it fails with the iteration's own error.
    expect(await mapEnd(map({}), [1, 2, 3], [2])).toMatchObject({ output: { error: { Error: "OutOfStock", Cause: "item 2 is out of stock" } } });
  });

  it("tolerates up to ToleratedFailureCount failed items", async () => {
    expect(await mapEnd(distributed({ ToleratedFailureCount: 1 }), [1, 2, 3], [2])).toMatchObject({ status: "SUCCEEDED", output: { results: [10, expect.anything(), 30] } });
    expect(await mapEnd(distributed({ ToleratedFailureCount: 1 }), [1, 2, 3], [2, 3])).toMatchObject({ output: { error: EXCEEDED } });
  });

  it("tolerates failed items up to ToleratedFailurePercentage of all items, and fails when either threshold is exceeded", async () => {
    const half = distributed({ ToleratedFailurePercentage: 50 });
    expect((await mapEnd(half, [1, 2, 3, 4], [1, 2])).output).not.toHaveProperty("error");
    expect(await mapEnd(half, [1, 2, 3, 4], [1, 2, 3])).toMatchObject({ output: { error: EXCEEDED } });
    const both = distributed({ ToleratedFailureCount: 5, ToleratedFailurePercentage: 25 });
    expect(await mapEnd(both, [1, 2, 3, 4], [1, 2])).toMatchObject({ output: { error: EXCEEDED } });
  });

  it("reads ToleratedFailureCountPath and ToleratedFailurePercentagePath from the input; one that selects nothing usable is States.Runtime", async () => {
    const fromInput = distributed({ ToleratedFailureCountPath: "$.tolerate" });
    expect((await mapEnd(fromInput, [1, 2, 3], [2], { tolerate: 1 })).output).not.toHaveProperty("error");
    expect(await mapEnd(fromInput, [1, 2, 3], [2, 3], { tolerate: 1 })).toMatchObject({ output: { error: EXCEEDED } });
    const percentage = distributed({ ToleratedFailurePercentagePath: "$.share" });
    expect((await mapEnd(percentage, [1, 2], [2], { share: 50 })).output).not.toHaveProperty("error");
    // States.Runtime is not caught by the Map's Catch on States.ALL.
    expect(await mapEnd(fromInput, [1, 2, 3], [2])).toMatchObject({ status: "FAILED", error: "States.Runtime" });
    expect(await mapEnd(fromInput, [1, 2, 3], [2], { tolerate: "one" })).toMatchObject({ status: "FAILED", error: "States.Runtime" });
  });

  it("evaluates a JSONata ToleratedFailureCount", async () => {
    const definition = {
      QueryLanguage: "JSONata",
      StartAt: "Each",
      States: {
        Each: {
          Type: "Map",
          Items: "{% $states.input.items %}",
          ToleratedFailureCount: "{% $states.input.tolerate %}",
          ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, StartAt: "Work", States: { Work: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", End: true } } },
          End: true,
        },
      },
    };
    expect((await mapEnd(definition, [1, 2, 3], [2], { tolerate: 1 })).status).toBe("SUCCEEDED");
    expect(await mapEnd(definition, [1, 2, 3], [2, 3], { tolerate: 1 })).toMatchObject({ status: "FAILED", error: EXCEEDED.Error });
  });
});
