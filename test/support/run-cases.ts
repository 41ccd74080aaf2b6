import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { expect } from "vitest";
import { REPO, type TempProject } from "./temp-project.ts";

export interface CaseDiagnostic {
  readonly code: string;
  readonly message: string;
  readonly state?: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

export type CaseResult = { diagnostics: CaseDiagnostic[]; written: string[] } & { thrown?: string };

/** Runs compile-cases.ts on the folders and returns each folder's result. */
export function compileCases(dirs: readonly string[]): Record<string, CaseResult> {
  const tsx = join(REPO, "node_modules", ".bin", "tsx");
  const out = execFileSync(tsx, [join(REPO, "test", "support", "compile-cases.ts"), ...dirs], { cwd: REPO, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out) as Record<string, CaseResult>;
}

/** A catalogue case: what the compiler must report, and on which state. */
export interface ExpectedDiagnostic {
  readonly code: string;
  readonly message: RegExp;
  readonly state?: string;
}

/**
 * The case was refused as the catalogue says: no crash, its code with its message (and state),
 * at `where` (the marked position), nothing written, and the folder exactly as it was.
 */
export function expectRefused(expected: ExpectedDiagnostic, result: CaseResult, project: TempProject, before: readonly string[] | undefined, where: { readonly file?: string; readonly line?: number; readonly column?: number } | undefined = project.marked): void {
  expect(result.thrown, result.thrown).toBeUndefined();
  const found = result.diagnostics.find((d) => d.code === expected.code);
  expect(found, JSON.stringify(result.diagnostics, null, 2)).toBeDefined();
  expect(found!.message).toMatch(expected.message);
  if (expected.state) expect(found!.state).toBe(expected.state);
  expect({ file: found!.file, line: found!.line, column: found!.column }).toEqual(where);
  expect(result.written).toEqual([]);
  expect(project.listing()).toEqual(before);
}
