import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildWorkflow, workflow } from "@aslc/dsl";
import { emitAsl } from "@aslc/compiler";

describe("smoke", () => {
  it("emits a one-state workflow", () => {
    const wf = workflow("One", { input: z.object({}) }).succeed("Done");
    expect(JSON.parse(emitAsl(buildWorkflow(wf)))).toEqual({ StartAt: "Done", States: { Done: { Type: "Succeed" } } });
  });
});
