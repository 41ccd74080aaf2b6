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

  it("fails the execution with an error no Catch handles", async () => {
    const result = await runExecution(machine([], []), {}, { tasks: { Work: failWith("Boom") } });
    expect(result).toMatchObject({ status: "FAILED", error: "Boom", cause: "Boom happened" });
  });

  it("refuses a definition it cannot run rather than guess", async () => {
    const definition = { StartAt: "Later", States: { Later: { Type: "Wait", Seconds: 5, End: true } } };
    await expect(runExecution(definition, {}, { tasks: {} })).rejects.toThrow("state type not supported by the test interpreter: Wait");
  });
});
