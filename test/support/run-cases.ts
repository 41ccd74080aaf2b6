import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { REPO } from "./temp-project.ts";

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
