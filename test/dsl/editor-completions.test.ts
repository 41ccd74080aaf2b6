// What the editor offers while a workflow is typed: the TypeScript language service asked for
// completions at a cursor in a small workflow. Each list is what an author can accept as is; no
// entry is the text of an error.
import { describe, expect, test } from "vitest";
import { completionsAt } from "../support/language-service.ts";

const head = `import { z } from "zod";
import { workflow, lambda } from "@aslc/dsl";
const Input = z.object({ order: z.object({ id: z.string(), paid: z.boolean() }), status: z.enum(["DONE", "PENDING"]), total: z.number() });
const start = workflow("Payments", { input: Input });
`;

function choice(rule: string): string {
  return `${head}export const wf = start.pass("Receive").pass("Check").choice("Route", (c) => c${rule}.otherwise((b) => b.succeed("Done")));`;
}

/** The language service takes a while on a busy machine; nothing here is timed. */
const SLOW = 120_000;

function noErrorText(entries: readonly string[]): void {
  for (const entry of entries) expect(entry).not.toMatch(/has no field|needs a|is not a path|does not match/);
}

describe("paths in Choice conditions", () => {
  test("after '$.' the payload's fields", { timeout: SLOW }, () => {
    const entries = completionsAt(choice(`.when(c.booleanEquals("$./*|*/", true), "Receive")`));
    expect(entries.sort()).toEqual(["$.order", "$.status", "$.total"]);
  });

  test("after '$.order.' the fields of order", { timeout: SLOW }, () => {
    const entries = completionsAt(choice(`.when(c.booleanEquals("$.order./*|*/", true), "Receive")`));
    expect(entries.sort()).toEqual(["$.order.id", "$.order.paid"]);
  });

  test("a path that stops at an object offers the object's fields", { timeout: SLOW }, () => {
    const entries = completionsAt(choice(`.when(c.booleanEquals("$.order/*|*/", true), "Receive")`));
    expect(entries.sort()).toEqual(["$.order.id", "$.order.paid"]);
    noErrorText(entries);
  });
});

describe("values and names", () => {
  test("StringEquals on a z.enum field offers its members", { timeout: SLOW }, () => {
    expect(completionsAt(choice(`.when(c.stringEquals("$.status", "/*|*/"), "Receive")`)).sort()).toEqual(["DONE", "PENDING"]);
  });

  test("a rule's target offers the states declared so far", { timeout: SLOW }, () => {
    const entries = completionsAt(choice(`.when(c.booleanEquals("$.order.paid", true), "/*|*/")`));
    expect(entries.sort()).toEqual(["Check", "Receive", "Route"]);
  });

  test("goto offers the states declared so far", { timeout: SLOW }, () => {
    expect(completionsAt(`${head}export const wf = start.pass("Receive").pass("Check").goto("/*|*/");`).sort()).toEqual(["Check", "Receive"]);
  });

  test("a catcher's target offers the states declared so far", { timeout: SLOW }, () => {
    const entries = completionsAt(`${head}export const wf = start.pass("Receive").task("Charge", { resource: lambda.function("x") }).catch(["States.ALL"], "/*|*/");`);
    expect(entries.sort()).toEqual(["Charge", "Receive"]);
  });

  test("a catcher's error names offer the known ones", { timeout: SLOW }, () => {
    const entries = completionsAt(`${head}export const wf = start.task("Charge", { resource: lambda.function("x") }).catch(["/*|*/"], "Charge");`);
    expect(entries).toContain("States.ALL");
    expect(entries).toContain("States.Timeout");
    expect(entries).toContain("Lambda.TooManyRequestsException");
    expect(entries).not.toContain("");
  });

  test("in a Parallel branch, a target offers the branch's own states only", { timeout: SLOW }, () => {
    const entries = completionsAt(`${head}export const wf = start.pass("Before").parallel("Fan", [(b) => b.pass("Inner").pass("Next").goto("/*|*/")]);`);
    expect(entries.sort()).toEqual(["Inner", "Next"]);
  });
});
