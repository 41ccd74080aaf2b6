/**
 * What an imported module declares a task's work returns: the module builds (type check
 * included) and gives back the definition it was imported from.
 */
import { afterAll, describe, expect, it } from "vitest";
import { tempProject } from "../support/temp-project.ts";
import { importAndBuild } from "./import-round-trip.ts";

const project = tempProject({}, "typed-results");
afterAll(() => project.remove());

describe("an imported task's declared result", () => {
  it("holds the lambda:invoke envelope where the Resource is written as text (a FunctionName path)", async () => {
    const definition = {
      StartAt: "Call",
      States: {
        Call: {
          Type: "Task",
          Resource: "arn:aws:states:::lambda:invoke",
          Parameters: { "FunctionName.$": "$.fn", "Payload.$": "$" },
          ResultSelector: { "total.$": "$.Payload.total" },
          End: true,
        },
      },
    };
    const { source, errors, definition: built } = await importAndBuild(project, definition);
    expect(errors).toEqual([]);
    expect(built).toEqual(definition);
    expect(source).toMatch(/result: z\.object\(\{\s+Payload: z\.object\(\{\s+total: z\.unknown\(\),\s+\}\),\s+StatusCode: z\.number\(\)/);
  });
});
