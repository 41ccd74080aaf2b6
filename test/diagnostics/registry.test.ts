/** The registry of diagnostic codes: well formed, and the README's table generated from it. */
import { readFileSync } from "node:fs";
import { DIAGNOSTICS, isDiagnosticCode } from "@aslc/dsl";
import { describe, expect, it } from "vitest";
import { README, withDiagnosticsTable } from "../../scripts/diagnostics-table.ts";

describe("diagnostics registry", () => {
  it("lists codes in order, each with a title and an explanation that says what to do", () => {
    const codes = Object.keys(DIAGNOSTICS);
    expect(codes).toEqual([...codes].sort());
    for (const [code, entry] of Object.entries(DIAGNOSTICS)) {
      expect(code).toMatch(/^ASLC\d{3}$/);
      expect(entry.title.length, code).toBeGreaterThan(0);
      expect(entry.title, code).not.toMatch(/\.$/);
      expect(entry.explanation, code).toMatch(/\.$/);
    }
  });

  it("recognises its own codes only", () => {
    expect(isDiagnosticCode("ASLC102")).toBe(true);
    expect(isDiagnosticCode("ASLC999")).toBe(false);
    expect(isDiagnosticCode("toString")).toBe(false);
  });

  it("is the README's diagnostics table (run `tsx scripts/diagnostics-table.ts` after changing a code)", () => {
    const readme = readFileSync(README, "utf8");
    expect(readme).toBe(withDiagnosticsTable(readme));
    for (const [code, entry] of Object.entries(DIAGNOSTICS)) expect(readme).toContain(`| ${code} | ${entry.title} |`);
  });
});
