/**
 * What bench:editor asks its engines, and what it accepts as an answer: completions are asked in
 * a string cut at the cursor (inside a complete one TypeScript offers the string back), and an
 * answer that is only that string, or empty, is not taken for a measurement.
 */
import { describe, expect, it } from "vitest";
import { judgeAnswer, type Answer, type Expected } from "../../bench/editor/answers.ts";
import { asked } from "../../bench/editor/operations.ts";
import type { Positions } from "../../bench/editor/scenarios.ts";

const SOURCE = `chain\n  .task("A", { resultPath: "$.step1" })\n  .goto("A")\n`;
const after = (marker: string) => SOURCE.indexOf(marker) + marker.length;
const POSITIONS: Positions = {
  edit: SOURCE.indexOf("\n  .goto") + 3,
  path: after('resultPath: "$.'),
  choicePath: after('resultPath: "$.'),
  goto: after('.goto("'),
  quickInfo: SOURCE.indexOf("\n  .goto") + 4,
};

describe("the text each operation is asked on", () => {
  it("cuts a completion's string at the cursor, the quote kept, and asks just inside it", () => {
    const { text, at } = asked(SOURCE, POSITIONS, "path", false);
    expect(text).toBe(`chain\n  .task("A", { resultPath: "$." })\n  .goto("A")\n`);
    expect(text.slice(at - 3, at + 1)).toBe('"$."');
  });

  it("inserts the edit's space, moving only what follows it", () => {
    const path = asked(SOURCE, POSITIONS, "path", true);
    expect(path.text).toBe(`chain\n  .task("A", { resultPath: "$." })\n   .goto("A")\n`);
    expect(path.text.slice(path.at - 3, path.at + 1)).toBe('"$."');
    const goto = asked(SOURCE, POSITIONS, "goto", true);
    expect(goto.text).toBe(`chain\n  .task("A", { resultPath: "$.step1" })\n   .goto("")\n`);
    expect(goto.text.slice(goto.at - 6, goto.at + 2)).toBe('goto("")');
    const hover = asked(SOURCE, POSITIONS, "quick info", true);
    expect(hover.text.slice(hover.at, hover.at + 4)).toBe("goto");
  });

  it("leaves the text whole for diagnostics", () => {
    expect(asked(SOURCE, POSITIONS, "diagnostics", false).text).toBe(SOURCE);
    expect(asked(SOURCE, POSITIONS, "diagnostics", true).text).toBe(SOURCE.replace("\n  .goto", "\n   .goto"));
  });
});

describe("what counts as an answer", () => {
  const expected: Expected = { field: "$.orderId", gotoTarget: "Step0" };
  const completions = (...entries: string[]): Answer => ({ kind: "completions", entries });

  it("takes completions that offer the field or state among others", () => {
    expect(judgeAnswer("path", completions("$.orderId", "$.total"), expected, true).kind).toBe("real");
    expect(judgeAnswer("choice path", completions("$.orderId", "$.total"), expected, false).kind).toBe("real");
    expect(judgeAnswer("goto", completions("Step0", "Step1"), expected, false).kind).toBe("real");
  });

  it("rejects the string as written offered back, or a list without what it must hold", () => {
    expect(judgeAnswer("path", completions("$.orderId"), expected, true)).toMatchObject({ kind: "wrong", why: expect.stringContaining("$.orderId") });
    expect(judgeAnswer("goto", completions("Step1", "Step2"), expected, true).kind).toBe("wrong");
    expect(judgeAnswer("choice path", completions(), expected, false).kind).toBe("wrong");
  });

  it("reports an option's path left uncompleted by an engine without the plugin, rather than failing it", () => {
    expect(judgeAnswer("path", completions(), expected, false)).toMatchObject({ kind: "unanswered", why: expect.stringContaining("plugin") });
    expect(judgeAnswer("path", completions(), expected, true).kind).toBe("wrong");
  });

  it("rejects errors and an empty quick info, on a baseline too; a baseline's completions are not judged", () => {
    expect(judgeAnswer("diagnostics", { kind: "diagnostics", errors: ["Type 'string' is not assignable"] }, undefined, true).kind).toBe("wrong");
    expect(judgeAnswer("diagnostics", { kind: "diagnostics", errors: [] }, expected, true).kind).toBe("real");
    expect(judgeAnswer("quick info", { kind: "quick info", text: " " }, undefined, false).kind).toBe("wrong");
    expect(judgeAnswer("goto", completions(), undefined, false).kind).toBe("real");
  });
});
