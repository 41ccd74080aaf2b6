/**
 * `check`: compiles in memory and compares every artefact with the file on disk. Drift is a
 * file that is missing or differs (each gets a unified diff and, for ASL, a per-state summary),
 * a generated file no workflow produces any more (an orphan a build would remove), and what an
 * interrupted build left behind (a journal or staged files a build would complete or remove).
 */
import { existsSync, readFileSync } from "node:fs";
import { compile, type CompileOptions } from "../compile.ts";
import type { Diagnostic } from "../diagnostics.ts";
import { leftovers } from "../write/journal.ts";
import { stateSummary } from "./state-summary.ts";
import { unifiedDiff } from "./unified-diff.ts";

export interface Drift {
  readonly path: string;
  readonly status: "missing" | "changed" | "orphan" | "leftover";
  readonly diff: string;
  /** For ASL files: what changed, state by state. */
  readonly summary: readonly string[];
}

/** What a drifted file's status means, and what to do, as `check` prints it after the path. */
export const DRIFT_HEADLINES: Record<Drift["status"], string> = {
  missing: "missing (run aslc build)",
  changed: "differs from what its sources compile to",
  orphan: "generated, but no workflow produces it any more (aslc build removes it)",
  leftover: "left by an interrupted build (aslc build completes or removes it)",
};

export interface CheckResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly drift: readonly Drift[];
  readonly checked: number;
}

export async function check(options: Omit<CompileOptions, "write"> = {}): Promise<CheckResult> {
  const result = await compile({ ...options, write: false });
  const drift: Drift[] = [];
  // Stubs belong to their authors once written: never drift, and not counted.
  const checked = result.outputs.filter((o) => !o.once);
  for (const output of checked) {
    const onDisk = existsSync(output.path) ? readFileSync(output.path, "utf8") : undefined;
    if (onDisk === output.content) continue;
    const summary = output.path.endsWith(".asl.json") && onDisk !== undefined ? safeSummary(onDisk, output.content) : [];
    drift.push({ path: output.path, status: onDisk === undefined ? "missing" : "changed", diff: unifiedDiff(onDisk ?? "", output.content, output.path), summary });
  }
  for (const path of result.orphans) {
    drift.push({ path, status: "orphan", diff: unifiedDiff(readFileSync(path, "utf8"), "", path), summary: [] });
  }
  for (const path of result.outputFolders.flatMap((folder) => leftovers(folder, options.handlers))) drift.push({ path, status: "leftover", diff: "", summary: [] });
  return { diagnostics: result.diagnostics, drift, checked: checked.length };
}

function safeSummary(before: string, after: string): string[] {
  try {
    return stateSummary(JSON.parse(before), JSON.parse(after));
  } catch {
    return ["the file on disk is not valid JSON"];
  }
}
