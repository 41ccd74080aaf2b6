import { expectTypeOf, test } from "vitest";
import { z } from "zod";
import { workflow } from "@aslc/dsl";

test("pass keeps the payload", () => {
  const wf = workflow("W", { input: z.object({ a: z.string() }) }).pass("P");
  expectTypeOf(wf).toHaveProperty("task");
});
