/**
 * The test interpreter's JSONata states and workflow variables: the JSONata example's tests read
 * its Output and variables, so both must follow the ASL specification.
 */
import { describe, expect, it } from "vitest";
import { runExecution, type TaskHandler } from "../support/asl/interpreter.ts";

const jsonata = (States: Record<string, unknown>, StartAt = Object.keys(States)[0]!) => ({ QueryLanguage: "JSONata", StartAt, States });

const run = (definition: unknown, input: unknown = {}, tasks: Record<string, TaskHandler> = {}) => runExecution(definition, input, { tasks, now: () => new Date("2026-01-02T03:04:05Z") });

const failWith = (name: string) => async () => {
  throw Object.assign(new Error(`${name} happened`), { name });
};

describe("test ASL interpreter: JSONata states", () => {
  it("evaluates expressions at any depth of Output, with $states.input and $states.context", async () => {
    const definition = jsonata({
      Shape: { Type: "Pass", Output: { id: "{% $states.input.order.id %}", tags: ["literal", "{% $uppercase($states.input.order.kind) %}"], at: "{% $states.context.State.EnteredTime %}" }, End: true },
    });
    expect(await run(definition, { order: { id: "o-1", kind: "gift" } })).toMatchObject({
      status: "SUCCEEDED",
      output: { id: "o-1", tags: ["literal", "GIFT"], at: "2026-01-02T03:04:05.000Z" },
    });
  });

  it("sends a Task its Arguments and outputs the result unless Output says otherwise", async () => {
    const received: unknown[] = [];
    const definition = jsonata({
      Call: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Arguments: { FunctionName: "f", Payload: { n: "{% $states.input.n * 2 %}" } }, Next: "Raw" },
      Raw: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Arguments: { FunctionName: "g" }, Output: "{% $states.result.Payload + $states.input.Payload %}", End: true },
    });
    const tasks = { Call: async (request: unknown) => (received.push(request), { Payload: 10 }), Raw: async () => ({ Payload: 1 }) };
    expect(await run(definition, { n: 4 }, tasks)).toMatchObject({ status: "SUCCEEDED", output: 11 });
    expect(received).toEqual([{ FunctionName: "f", Payload: { n: 8 } }]);
  });

  it("evaluates Assign and Output with the variables as they were on entry, so a swap works", async () => {
    const definition = jsonata({
      Start: { Type: "Pass", Assign: { x: 1, y: 2 }, Next: "Swap" },
      Swap: { Type: "Pass", Assign: { x: "{% $y %}", y: "{% $x %}" }, Output: { seenX: "{% $x %}" }, End: true },
    });
    expect(await run(definition)).toMatchObject({ status: "SUCCEEDED", output: { seenX: 1 }, variables: { x: 2, y: 1 } });
  });

  it("fails with States.QueryEvaluationError on a variable never assigned, an undefined value, or a non-boolean Condition", async () => {
    const unassigned = jsonata({ Read: { Type: "Pass", Output: "{% 'id-' & $orderId %}", End: true } });
    const undefinedValue = jsonata({ Read: { Type: "Pass", Output: { id: "{% $states.input.missing %}" }, End: true } });
    const notBoolean = jsonata({ Pick: { Type: "Choice", Choices: [{ Condition: "{% $states.input.count %}", Next: "Done" }], Default: "Done" }, Done: { Type: "Succeed" } });
    // A Fail state's Cause is "a custom string" (https://docs.aws.amazon.com/step-functions/latest/dg/state-fail.html): a number is no Cause.
    const numericCause = jsonata({ Stop: { Type: "Fail", Error: "Declined", Cause: "{% $states.input.count %}" } });
    for (const definition of [unassigned, undefinedValue, notBoolean, numericCause]) {
      expect(await run(definition, { count: 3 })).toMatchObject({ status: "FAILED", error: "States.QueryEvaluationError" });
    }
    // Names the expression binds itself, and JSONata's and Step Functions' functions, are not variables.
    const bound = jsonata({ Read: { Type: "Pass", Output: "{% ($n := 2; $map($partition([1, 2, 3], $n), function($part) { $sum($part) })) %}", End: true } });
    expect(await run(bound)).toMatchObject({ status: "SUCCEEDED", output: [3, 3] });
  });

  it("applies a Choice's own Assign whichever rule matches, and the matching rule's Assign and Output", async () => {
    const definition = jsonata({
      Pick: {
        Type: "Choice",
        Assign: { checked: true },
        Choices: [
          { Condition: "{% $states.input.total > 100 %}", Next: "Done", Assign: { band: "high" }, Output: { total: "{% $states.input.total %}" } },
          { Condition: "{% $states.input.total > 10 %}", Next: "Done", Assign: { band: "middle" } },
        ],
        Default: "Done",
      },
      Done: { Type: "Succeed" },
    });
    expect(await run(definition, { total: 500, other: 1 })).toMatchObject({ output: { total: 500 }, variables: { checked: true, band: "high" } });
    expect(await run(definition, { total: 50 })).toMatchObject({ output: { total: 50 }, variables: { checked: true, band: "middle" } });
    const none = await run(definition, { total: 5 });
    expect(none.variables).toEqual({ checked: true });
  });

  it("runs a matching catcher's Assign and Output instead of the state's, with $states.errorOutput", async () => {
    const definition = jsonata({
      Work: {
        Type: "Task",
        Resource: "arn:aws:states:::lambda:invoke",
        Assign: { worked: true },
        Retry: [{ ErrorEquals: ["States.ALL"], MaxAttempts: 1 }],
        Catch: [{ ErrorEquals: ["States.ALL"], Next: "Failed", Assign: { failure: "{% $states.errorOutput %}" }, Output: { reason: "{% $states.errorOutput.Cause %}" } }],
        End: true,
      },
      Failed: { Type: "Fail", Error: "{% 'Wrapped' & $failure.Error %}", Cause: "{% $states.input.reason %}" },
    });
    const result = await run(definition, {}, { Work: failWith("Boom") });
    expect(result).toMatchObject({ status: "FAILED", error: "WrappedBoom", cause: "Boom happened", variables: { failure: { Error: "Boom", Cause: "Boom happened" } } });
    expect(result.variables).not.toHaveProperty("worked");
    expect(result.attempts).toHaveLength(2);
  });

  it("lets a Parallel branch read outer variables and keep its own, which leave it only through its output", async () => {
    const definition = jsonata({
      Start: { Type: "Pass", Assign: { base: 10 }, Next: "Both" },
      Both: {
        Type: "Parallel",
        Arguments: { step: 5 },
        Branches: [
          { StartAt: "Add", States: { Add: { Type: "Pass", Assign: { inner: "{% $base + $states.input.step %}" }, Next: "Report" }, Report: { Type: "Pass", Output: "{% $inner %}", End: true } } },
          { StartAt: "Echo", States: { Echo: { Type: "Pass", Output: "{% $states.input %}", End: true } } },
        ],
        Assign: { sum: "{% $states.result[0] %}" },
        End: true,
      },
    });
    const result = await run(definition);
    expect(result).toMatchObject({ status: "SUCCEEDED", output: [15, { step: 5 }] });
    expect(result.variables).toEqual({ base: 10, sum: 15 });
  });

  it("refuses a definition whose inner state assigns an outer variable", async () => {
    const definition = jsonata({
      Start: { Type: "Pass", Assign: { base: 10 }, Next: "Both" },
      Both: { Type: "Parallel", Branches: [{ StartAt: "Overwrite", States: { Overwrite: { Type: "Pass", Assign: { base: 0 }, End: true } } }], End: true },
    });
    await expect(run(definition)).rejects.toThrow("assigns $base, which belongs to an outer scope");
  });

  it("maps Items through ItemSelector with $states.context.Map.Item; inline iterations read outer variables, distributed ones do not", async () => {
    const map = (mode: string) =>
      jsonata({
        Start: { Type: "Pass", Assign: { factor: 3 }, Next: "Each" },
        Each: {
          Type: "Map",
          Items: "{% $states.input.values %}",
          ItemSelector: { value: "{% $states.context.Map.Item.Value %}", index: "{% $states.context.Map.Item.Index %}", factor: "{% $factor %}" },
          ItemProcessor: {
            ProcessorConfig: { Mode: mode },
            StartAt: "Scale",
            States: { Scale: { Type: "Pass", Output: "{% $states.input.value * $factor + $states.input.index %}", End: true } },
          },
          Output: { scaled: "{% $states.result %}" },
          End: true,
        },
      });
    expect(await run(map("INLINE"), { values: [1, 2] })).toMatchObject({ status: "SUCCEEDED", output: { scaled: [3, 7] } });
    // The ItemSelector is the Map state's own field and reads $factor; the child execution cannot, so
    // it fails (States.QueryEvaluationError), and with no failure tolerated so does the Map Run
    // (https://docs.aws.amazon.com/step-functions/latest/dg/maprun-fail-threshold.html).
    expect(await run(map("DISTRIBUTED"), { values: [1, 2] })).toMatchObject({ status: "FAILED", error: "States.ExceedToleratedFailureThreshold" });
  });

  it("runs a JSONata state inside a JSONPath machine, and refuses Assign in a JSONPath state rather than guess", async () => {
    const mixed = {
      StartAt: "Old",
      States: {
        Old: { Type: "Pass", Parameters: { "n.$": "$.value" }, Next: "New" },
        New: { Type: "Pass", QueryLanguage: "JSONata", Assign: { doubled: "{% $states.input.n * 2 %}" }, Output: "{% $states.input.n %}", End: true },
      },
    };
    expect(await run(mixed, { value: 21 })).toMatchObject({ status: "SUCCEEDED", output: 21, variables: { doubled: 42 } });
    const jsonPathAssign = { StartAt: "Old", States: { Old: { Type: "Pass", Assign: { "n.$": "$.value" }, End: true } } };
    await expect(run(jsonPathAssign, { value: 1 })).rejects.toThrow("Assign in a JSONPath state is not supported by the test interpreter");
  });
});
