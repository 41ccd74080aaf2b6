/**
 * The test interpreter the examples' workflow tests walk their ASL with: its error handling must
 * follow the ASL specification, or those tests would prove nothing.
 */
import { describe, expect, it } from "vitest";
import { runExecution } from "../support/asl/interpreter.ts";

const failWith = (name: string) => async () => {
  throw Object.assign(new Error(`${name} happened`), { name });
};

/** One task with the given Retry and Catch, ending in Done or in the Caught Fail state. */
function machine(retry: unknown[], catchers: unknown[] = [{ ErrorEquals: ["States.ALL"], Next: "Caught", ResultPath: "$.error" }]) {
  return {
    StartAt: "Work",
    States: {
      Work: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:work", Retry: retry, Catch: catchers, Next: "Done" },
      Done: { Type: "Succeed" },
      Caught: { Type: "Fail", Error: "Caught", CausePath: "$.error.Cause" },
    },
  };
}

const attempts = async (definition: unknown, error: string) =>
  (await runExecution(definition, { id: 1 }, { tasks: { Work: failWith(error) } })).attempts.map((a) => a.waitedSeconds ?? 0);

describe("test ASL interpreter", () => {
  it("retries with the interval growing by the backoff rate, then catches", async () => {
    const definition = machine([{ ErrorEquals: ["States.TaskFailed"], IntervalSeconds: 2, MaxAttempts: 2, BackoffRate: 3 }]);
    expect(await attempts(definition, "Boom")).toEqual([0, 2, 6]);
    expect(await runExecution(definition, {}, { tasks: { Work: failWith("Boom") } })).toMatchObject({ status: "FAILED", error: "Caught", cause: "Boom happened" });
  });

  it("lets States.TaskFailed match every error but States.Timeout", async () => {
    const definition = machine([{ ErrorEquals: ["States.TaskFailed"], MaxAttempts: 1 }]);
    expect(await attempts(definition, "States.Timeout")).toEqual([0]);
    expect(await attempts(definition, "Anything")).toEqual([0, 1]);
  });

  it("uses the first matching retrier only: MaxAttempts 0 means never, and an exhausted retrier does not hand over", async () => {
    const definition = machine([
      { ErrorEquals: ["Declined"], MaxAttempts: 0 },
      { ErrorEquals: ["States.ALL"], MaxAttempts: 2 },
    ]);
    expect(await attempts(definition, "Declined")).toEqual([0]);
    expect(await attempts(definition, "Other")).toEqual([0, 1, 2]);
  });

  it("places the error output at the Catch's ResultPath, keeping the input", async () => {
    const definition = {
      StartAt: "Work",
      States: {
        Work: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Catch: [{ ErrorEquals: ["States.ALL"], Next: "After", ResultPath: "$.error" }], End: true },
        After: { Type: "Pass", End: true },
      },
    };
    const result = await runExecution(definition, { id: 1 }, { tasks: { Work: failWith("Boom") } });
    expect(result).toMatchObject({ status: "SUCCEEDED", output: { id: 1, error: { Error: "Boom", Cause: "Boom happened" } } });
  });

  it("fails with States.ResultPathMatchFailure when the ResultPath cannot be applied to the input, creating missing fields otherwise", async () => {
    // "States.ResultPathMatchFailure: Step Functions failed to apply a state's ResultPath field to the input the state received"
    // (https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html).
    const pass = (ResultPath: string) => ({ StartAt: "Place", States: { Place: { Type: "Pass", Result: 1, ResultPath, End: true } } });
    expect(await runExecution(pass("$.a.b"), { keep: true }, { tasks: {} })).toMatchObject({ status: "SUCCEEDED", output: { keep: true, a: { b: 1 } } });
    expect(await runExecution(pass("$.a.b"), { a: "text" }, { tasks: {} })).toMatchObject({ status: "FAILED", error: "States.ResultPathMatchFailure" });
    expect(await runExecution(pass("$.a"), ["not", "an", "object"], { tasks: {} })).toMatchObject({ status: "FAILED", error: "States.ResultPathMatchFailure" });
  });

  it("fails the execution with an error no Catch handles", async () => {
    const result = await runExecution(machine([], []), {}, { tasks: { Work: failWith("Boom") } });
    expect(result).toMatchObject({ status: "FAILED", error: "Boom", cause: "Boom happened" });
  });

  // States.Runtime is not retriable and always fails the execution, and States.ALL catches neither it nor
  // the terminal States.DataLimitExceeded; States.TaskFailed matches any error name but States.Timeout
  // (https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html).
  it("neither retries nor catches States.Runtime, with States.ALL or even by name", async () => {
    // The Parameters path selects nothing: the attempt fails with States.Runtime before calling the handler.
    const missingField = (errorEquals: string[]) => {
      const definition = machine([{ ErrorEquals: errorEquals, MaxAttempts: 2 }], [{ ErrorEquals: errorEquals, Next: "Caught" }]);
      return { ...definition, States: { ...definition.States, Work: { ...definition.States.Work, Parameters: { "id.$": "$.missing" } } } };
    };
    for (const errorEquals of [["States.ALL"], ["States.Runtime"], ["States.TaskFailed"]]) {
      const result = await runExecution(missingField(errorEquals), { id: 1 }, { tasks: { Work: async () => ({}) } });
      expect(result).toMatchObject({ status: "FAILED", error: "States.Runtime", cause: "The JSONPath '$.missing' specified for the field 'id.$' could not be found in the input" });
      expect(result.attempts).toEqual([{ state: "Work", attempt: 1, error: "States.Runtime" }]);
      expect(result.visited).toEqual(["Work"]);
    }
  });

  it("does not let States.ALL or States.TaskFailed match States.DataLimitExceeded, but a retrier or catcher naming it does", async () => {
    const wildcards = machine([{ ErrorEquals: ["States.TaskFailed"], MaxAttempts: 1 }]);
    expect(await attempts(wildcards, "States.DataLimitExceeded")).toEqual([0]);
    expect(await runExecution(wildcards, {}, { tasks: { Work: failWith("States.DataLimitExceeded") } })).toMatchObject({ status: "FAILED", error: "States.DataLimitExceeded" });
    const named = machine([{ ErrorEquals: ["States.DataLimitExceeded"], MaxAttempts: 1 }], [{ ErrorEquals: ["States.DataLimitExceeded"], Next: "Caught", ResultPath: "$.error" }]);
    expect(await attempts(named, "States.DataLimitExceeded")).toEqual([0, 1]);
    expect(await runExecution(named, {}, { tasks: { Work: failWith("States.DataLimitExceeded") } })).toMatchObject({ error: "Caught", cause: "States.DataLimitExceeded happened" });
  });

  it("fails the execution when a Parallel branch fails with States.Runtime, past the Parallel's Catch", async () => {
    const definition = {
      StartAt: "Both",
      States: {
        Both: {
          Type: "Parallel",
          Branches: [{ StartAt: "Read", States: { Read: { Type: "Pass", InputPath: "$.missing", End: true } } }],
          Catch: [{ ErrorEquals: ["States.ALL"], Next: "Recover" }],
          End: true,
        },
        Recover: { Type: "Pass", End: true },
      },
    };
    expect(await runExecution(definition, {}, { tasks: {} })).toMatchObject({ status: "FAILED", error: "States.Runtime", visited: ["Both", "Read"] });
  });

  // A path that selects nothing where a value is required is States.Runtime, the error Step Functions gives
  // for an InputPath or OutputPath it cannot apply (https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html).
  it("fails with States.Runtime when InputPath, OutputPath or a Map's ItemsPath selects nothing", async () => {
    const single = (state: Record<string, unknown>) => ({ StartAt: "Only", States: { Only: { ...state, End: true } } });
    const each = { Type: "Map", ItemsPath: "$.lines", ItemProcessor: { StartAt: "Line", States: { Line: { Type: "Pass", End: true } } } };
    for (const state of [{ Type: "Pass", InputPath: "$.order" }, { Type: "Pass", OutputPath: "$.order" }, each]) {
      expect(await runExecution(single(state), { id: 1 }, { tasks: {} })).toMatchObject({ status: "FAILED", error: "States.Runtime" });
    }
    expect(await runExecution(single(each), { lines: [1, 2] }, { tasks: {} })).toMatchObject({ status: "SUCCEEDED", output: [1, 2] });
  });

  // ErrorPath and CausePath take a path or an intrinsic; "the reference path must select a field that
  // contains a string value" (https://docs.aws.amazon.com/step-functions/latest/dg/state-fail.html).
  it("fails with States.Runtime when a Fail state's ErrorPath or CausePath selects nothing or a non-string", async () => {
    const fail = (fields: Record<string, unknown>) => ({ StartAt: "Stop", States: { Stop: { Type: "Fail", ...fields } } });
    const run = (fields: Record<string, unknown>, input: unknown) => runExecution(fail(fields), input, { tasks: {}, executionId: "run-7" });
    expect(await run({ ErrorPath: "$.error", CausePath: "$.detail.reason" }, { error: "Declined", detail: { reason: "card expired" } })).toMatchObject({
      status: "FAILED",
      error: "Declined",
      cause: "card expired",
    });
    expect(await run({ Error: "Declined", CausePath: "States.Format('{} in {}', $.reason, $$.Execution.Id)" }, { reason: "card expired" })).toMatchObject({
      error: "Declined",
      cause: "card expired in run-7",
    });
    expect(await run({ ErrorPath: "$.missing" }, {})).toMatchObject({ status: "FAILED", error: "States.Runtime", cause: "The JSONPath '$.missing' specified for the field 'ErrorPath' could not be found in the input" });
    expect(await run({ Error: "Declined", CausePath: "$.code" }, { code: 5 })).toMatchObject({ status: "FAILED", error: "States.Runtime" });
    expect(await run({ ErrorPath: "$.detail", Cause: "c" }, { detail: { code: 5 } })).toMatchObject({ status: "FAILED", error: "States.Runtime" });
  });

  it("fails with States.Runtime when a Choice rule compares a path that selects nothing, unless it asks IsPresent", async () => {
    const choice = (rule: Record<string, unknown>) => ({
      StartAt: "Pick",
      States: { Pick: { Type: "Choice", Choices: [{ ...rule, Next: "Yes" }], Default: "No" }, Yes: { Type: "Succeed" }, No: { Type: "Succeed" } },
    });
    const ended = async (rule: Record<string, unknown>) => (await runExecution(choice(rule), { limit: 5 }, { tasks: {} })).error ?? "SUCCEEDED";
    expect(await ended({ Variable: "$.total", NumericGreaterThan: 1 })).toBe("States.Runtime");
    expect(await ended({ Variable: "$.limit", NumericGreaterThanPath: "$.total" })).toBe("States.Runtime");
    expect(await ended({ Variable: "$.total", IsPresent: false })).toBe("SUCCEEDED");
  });

  it("reads paths and intrinsic calls as the compiler parses them: quoted keys, nested calls, escaped quotes", async () => {
    const definition = {
      StartAt: "Shape",
      States: {
        Shape: {
          Type: "Pass",
          Parameters: {
            "odd.$": "$['odd key'][1]",
            "every.$": "$.lines[*].sku",
            "text.$": "States.Format('{} line(s), it\\'s {}', States.ArrayLength($.lines), $.lines[0]['sku'])",
          },
          End: true,
        },
      },
    };
    const input = { "odd key": ["a", "b"], lines: [{ sku: "x" }, { sku: "y" }] };
    expect((await runExecution(definition, input, { tasks: {} })).output).toEqual({ odd: "b", every: ["x", "y"], text: "2 line(s), it's x" });
  });

  it("refuses a path or an intrinsic call the compiler would not parse, and syntax it does not run", async () => {
    const pass = (parameters: unknown) => ({ StartAt: "P", States: { P: { Type: "Pass", Parameters: parameters, End: true } } });
    await expect(runExecution(pass({ "x.$": "States.Format('{}', $.a" }), { a: 1 }, { tasks: {} })).rejects.toThrow("is not an intrinsic function call");
    await expect(runExecution(pass({ "x.$": "$.a[" }), { a: 1 }, { tasks: {} })).rejects.toThrow("is not a path");
    await expect(runExecution(pass({ "x.$": "$..a" }), { a: 1 }, { tasks: {} })).rejects.toThrow("path syntax not supported by the test interpreter (deep)");
  });

  it("refuses a definition it cannot run rather than guess", async () => {
    const definition = { StartAt: "Later", States: { Later: { Type: "Wait", Seconds: 5, End: true } } };
    await expect(runExecution(definition, {}, { tasks: {} })).rejects.toThrow("state type not supported by the test interpreter: Wait");
  });
});
