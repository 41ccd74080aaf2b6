/**
 * A jump back to a state declared earlier (a loop) carries what the states on its way wrote.
 * Step Functions takes such a definition whatever the values; the imported module must type
 * too: the constants a Pass writes are typed by kind, so a loop that brings back other values
 * of the same kind fits the state it jumps to; and where the loop brings a task's result where a
 * constant entered, the task's declared result has the constant's shape.
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

  it("declares the result of the work that updates what a Pass set before the loop with the Pass's fields", async () => {
    const definition = {
      StartAt: "Configure",
      States: {
        Configure: { Type: "Pass", Result: { count: 10, index: 0 }, ResultPath: "$.iterator", Next: "Iterate" },
        Iterate: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:Iterate", ResultPath: "$.iterator", Next: "More?" },
        "More?": { Type: "Choice", Choices: [{ Variable: "$.iterator.continue", BooleanEquals: true, Next: "Iterate" }], Default: "Done" },
        Done: { Type: "Succeed" },
      },
    };
    const { source, errors, definition: built } = await importAndBuild(project, definition);
    expect(errors).toEqual([]);
    expect(built).toEqual(definition);
    expect(source).toMatch(/result: z\.object\(\{\s+continue: z\.boolean\(\),\s+count: z\.number\(\),\s+index: z\.number\(\),\s+\}\)/);
  });

  it("declares what each Map iteration returns like the items of the list the loop replaces with the Map's results", async () => {
    const definition = {
      StartAt: "Start",
      States: {
        Start: { Type: "Pass", Parameters: { Rounds: 2, Values: ["a", "b"] }, Next: "Round" },
        Round: { Type: "Pass", Parameters: { "Rounds.$": "States.MathAdd($.Rounds, -1)", "Values.$": "$.Values" }, Next: "Body" },
        Body: {
          Type: "Map",
          ItemsPath: "$.Values",
          ResultPath: "$.Values",
          ItemProcessor: { StartAt: "Process", States: { Process: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:Process", End: true } } },
          Next: "Again?",
        },
        "Again?": { Type: "Choice", Choices: [{ Variable: "$.Rounds", NumericEquals: 0, Next: "End" }], Default: "Round" },
        End: { Type: "Succeed" },
      },
    };
    const { source, errors, definition: built } = await importAndBuild(project, definition);
    expect(errors).toEqual([]);
    expect(built).toEqual(definition);
    expect(source).toContain(`result: z.string()`);
  });

  it("keeps a module without a jump by name as written", async () => {
    const definition = { StartAt: "Setup", States: { Setup: { Type: "Pass", Result: { status: "incomplete" }, End: true } } };
    const { source, errors } = await importAndBuild(project, definition);
    expect(errors).toEqual([]);
    expect(source).toContain(`result: { status: "incomplete" }`);
  });
});
