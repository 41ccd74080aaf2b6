/**
 * A Choice rule naming a state declared later in the chain keeps the chain going; a Choice whose
 * rules all name states declared before it, with no otherwise, hands nothing on (with no Default,
 * no match fails the execution with States.NoChoiceMatched), so its chain ends.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import { emitted } from "../support/emit.ts";
import { validatorProblems } from "../support/validators.ts";

const Upload = z.object({ key: z.string(), kind: z.enum(["image", "video"]) });

describe("a Choice rule naming a later state", () => {
  it("leaves the chain open: the later states follow, reached by the rules' Next", () => {
    const wf = workflow("Transcoding", { input: Upload })
      .choice("Route", (c) => c.when(c.stringEquals("$.kind", "image"), "SaveMetadata").otherwise("Transcode"))
      .task("Transcode", { resource: lambda.function("${Transcode}"), resultPath: null })
      .task("SaveMetadata", { resource: lambda.function("${Save}"), resultPath: null });
    const definition = emitted(wf) as any;
    expect(definition.StartAt).toBe("Route");
    expect(definition.States.Route).toEqual({
      Type: "Choice",
      Choices: [{ Variable: "$.kind", StringEquals: "image", Next: "SaveMetadata" }],
      Default: "Transcode",
    });
    expect(definition.States.Transcode.Next).toBe("SaveMetadata");
    expect(definition.States.SaveMetadata.End).toBe(true);
    expect(validatorProblems(definition)).toEqual([]);
  });

  it("with rules only, the state after the Choice is reached by their jumps alone (no Default)", () => {
    const wf = workflow("Uploads", { input: Upload })
      .choice("Route", (c) => c.when(c.stringEquals("$.kind", "image"), "SaveMetadata").when(c.stringEquals("$.kind", "video"), "SaveMetadata"))
      .task("SaveMetadata", { resource: lambda.function("${Save}"), resultPath: null });
    const definition = emitted(wf) as any;
    expect(definition.States.Route.Default).toBeUndefined();
    expect(definition.States.Route.Choices.map((rule: { Next: string }) => rule.Next)).toEqual(["SaveMetadata", "SaveMetadata"]);
    expect(validatorProblems(definition)).toEqual([]);
  });

  it("a later state that is never declared is reported by name", () => {
    const wf = workflow("Uploads", { input: Upload })
      .choice("Route", (c) => c.when(c.stringEquals("$.kind", "image"), "SaveMetadata"))
      .task("Transcode", { resource: lambda.function("${Transcode}"), resultPath: null });
    expect(() => emitted(wf)).toThrow(/SaveMetadata/);
  });

  it("a Choice whose rules all name earlier states and that has no otherwise ends its chain; no match is its loop's exit (States.NoChoiceMatched)", () => {
    const looping = workflow("Loop", { input: Upload })
      .pass("Check")
      .choice("Again", (c) => c.when(c.stringEquals("$.kind", "image"), "Check"));
    expect(() => (looping as any).pass("Never")).toThrow(/cannot add 'Never': this chain has already ended/);
    expect((emitted(looping) as any).States.Again).toEqual({ Type: "Choice", Choices: [{ Variable: "$.kind", StringEquals: "image", Next: "Check" }] });
  });
});
