// What an author sees when hovering the parts of a workflow in the editor: the TypeScript language
// service's quick info. A hover shows plain object types (the payload, a finished workflow's input
// and output), never the DSL's internal encodings (Fields<…>, Problem<…>, Intrinsic<…>, NoInfer<…>).
import { describe, expect, test } from "vitest";
import { internalEncodingsIn } from "../support/internal-encoding.ts";
import { hoverAt } from "../support/language-service.ts";

const head = `import { z } from "zod";
import { workflow, lambda } from "@aslc/dsl";
const Input = z.object({ orderId: z.string(), total: z.number() });
const Check = z.object({ ok: z.boolean() });
const start = workflow("Orders", { input: Input });
`;

/** The language service takes a while on a busy machine; nothing here is timed. */
const SLOW = 120_000;

/** One line per hover, as the editor would show it without its line breaks. */
function hover(source: string): string {
  return hoverAt(`${head}${source}`).replace(/\s+/g, " ");
}

describe("hovers that show plain types", () => {
  test("a finished workflow shows its input and what its paths that succeed give", { timeout: SLOW }, () => {
    const text = hover(`export const /*|*/done = start
  .task("Check", { resource: lambda.function("\${Check}"), result: Check, resultPath: "$.check" })
  .choice("Ok?", (c) => c.when(c.booleanEquals("$.check.ok", false), (b) => b.succeed("Refused", { outputPath: "$.orderId" })).otherwise((b) => b))
  .succeed("Done");`);
    expect(text).toBe("const done: FinishedWorkflow<{ orderId: string; total: number; }, string | { orderId: string; total: number; check: { ok: boolean; }; }>");
  });

  test("a workflow whose every path fails shows Ended", { timeout: SLOW }, () => {
    expect(hover(`export const /*|*/failed = start.fail("Failed", { error: "Refused" });`)).toBe("const failed: Ended");
  });

  test("a Parallel branch's ended chain shows what it gives", { timeout: SLOW }, () => {
    const text = hover(`export const wf = start.parallel("Both", [
  (b) => {
    const /*|*/ended = b.pass("One", { result: { one: 1 } }).succeed("Done");
    return ended;
  },
]);`);
    expect(text).toBe("const ended: EndedWith<{ one: 1; }>");
  });

  test("a state's option shows its value's plain type", { timeout: SLOW }, () => {
    const text = hover(`export const wf = start.task("Check", { resource: lambda.function("\${Check}"), result: Check, /*|*/resultPath: "$.check" });`);
    expect(text).toBe('(property) resultPath: "$.check"');
  });
});
