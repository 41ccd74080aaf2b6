/**
 * A jump back to a state declared earlier (a loop) carries what the states on its way wrote.
 * Step Functions takes such a definition whatever the values; the imported module must type
 * too: the constants a Pass writes are typed by kind, so a loop that brings back other values
 * of the same kind fits the state it jumps to.
 */
import { afterAll, describe, expect, it } from "vitest";
import { tempProject } from "../support/temp-project.ts";
import { importAndBuild } from "./import-round-trip.ts";

const project = tempProject({}, "typed-jumps");
afterAll(() => project.remove());

describe("an imported loop whose payload changes on the way back", () => {
  it("types a status a Pass sets and a later Pass sets again before the jump", async () => {
    const definition = {
      StartAt: "Setup",
      States: {
        Setup: { Type: "Pass", Result: { status: "incomplete", tries: [1, 2] }, Next: "Work" },
        Work: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:Work", Next: "Done?" },
        "Done?": { Type: "Choice", Choices: [{ Variable: "$.status", StringEquals: "complete", Next: "Finished" }], Default: "Correct" },
        Correct: { Type: "Pass", Result: { status: "complete", tries: [3] }, Next: "Work" },
        Finished: { Type: "Succeed" },
      },
    };
    const { source, errors, definition: built } = await importAndBuild(project, definition);
    expect(errors).toEqual([]);
    expect(built).toEqual(definition);
    expect(source).toContain(`result: { status: "incomplete" as string, tries: [1, 2] as number[] }`);
  });

  it("types a counter a Parameters template sets, and leaves its paths as written", async () => {
    const definition = {
      StartAt: "Start",
      States: {
        Start: { Type: "Pass", Parameters: { Iterations: 3, "Values.$": "States.ArrayRange(0, 3, 1)" }, Next: "Step" },
        Step: { Type: "Pass", Parameters: { "Iterations.$": "States.MathAdd($.Iterations, -1)", "Values.$": "$.Values" }, Next: "Check" },
        Check: { Type: "Choice", Choices: [{ Variable: "$.Iterations", NumericEquals: 0, Next: "End" }], Default: "Step" },
        End: { Type: "Succeed" },
      },
    };
    const { source, errors, definition: built } = await importAndBuild(project, definition);
    expect(errors).toEqual([]);
    expect(built).toEqual(definition);
    expect(source).toContain(`Iterations: 3 as number,`);
    expect(source).toContain(`"Values.$": "States.ArrayRange(0, 3, 1)"`);
  });

  it("keeps a module without a jump by name as written", async () => {
    const definition = { StartAt: "Setup", States: { Setup: { Type: "Pass", Result: { status: "incomplete" }, End: true } } };
    const { source, errors } = await importAndBuild(project, definition);
    expect(errors).toEqual([]);
    expect(source).toContain(`result: { status: "incomplete" }`);
  });
});
