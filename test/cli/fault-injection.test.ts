/**
 * Crash safety of the writer: a build killed (SIGKILL, no clean-up) at seeded random steps of
 * its write, while staging files or while renaming them into place, must leave each workflow's
 * outputs all old or all new once the next build has recovered the folders, and no staged file
 * or journal. The kill comes from the writer's own hook (ASLC_KILL_AT_WRITE_STEP).
 */
import { spawnSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { compile } from "@aslc/compiler";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { recover } from "../../packages/compiler/src/write/journal.ts";
import { REPO, tempProject } from "../support/temp-project.ts";

const FOLDERS = ["billing", "shipping"];
const PER_FOLDER = 4;
const SEEDS = 24;
const CHILD = join(REPO, "test", "support", "build-in-child.ts");

/** A workflow whose definition and substitutions both change with `version`. */
const module = (name: string, version: string) => `import { z } from "zod";
import { workflow } from "@aslc/dsl";

export default workflow("${name}", { input: z.object({ id: z.string() }) })
  .pass("Stamp", { result: { topic: "\${Topic${version}}", version: "${version}" }, resultPath: "$.stamp" })
  .succeed("Done");
`;

const workflows = FOLDERS.flatMap((folder) => Array.from({ length: PER_FOLDER }, (_, i) => ({ folder, name: `${folder[0]!.toUpperCase()}${folder.slice(1)}${i}` })));
const sources = (version: string) => Object.fromEntries(workflows.map((w) => [`${w.folder}/${w.name.toLowerCase()}.workflow.ts`, module(w.name, version)]));

function outputsOf(dir: string, folder: string, name: string): Record<string, string> {
  const read = (file: string) => readFileSync(join(dir, folder, file), "utf8");
  return { asl: read(`${name}.asl.json`), substitutions: read(`${name}.substitutions.json`) };
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
}

function buildInChild(dir: string, killAtStep?: number) {
  const env = { ...process.env, ASLC_KILL_AT_WRITE_STEP: killAtStep === undefined ? "" : String(killAtStep) };
  return spawnSync(process.execPath, ["--import", "tsx", CHILD, dir], { cwd: REPO, env, encoding: "utf8" });
}

const projects: { remove(): void }[] = [];
afterAll(() => projects.forEach((p) => p.remove()));

describe("a build killed while it writes", () => {
  it(`leaves every workflow's outputs old or new, and no staged file, at ${SEEDS} random kill points`, async () => {
    // The old outputs, built once; each trial starts from a copy of them with the new sources.
    const pristine = tempProject(sources("Old"), "fault-old");
    projects.push(pristine);
    expect(buildInChild(pristine.dir).status).toBe(0);
    const old = Object.fromEntries(workflows.map((w) => [w.name, outputsOf(pristine.dir, w.folder, w.name)]));
    const target = tempProject(sources("New"), "fault-new");
    projects.push(target);
    expect(buildInChild(target.dir).status).toBe(0);
    const fresh = Object.fromEntries(workflows.map((w) => [w.name, outputsOf(target.dir, w.folder, w.name)]));
    const finalListing = allFiles(target.dir);

    // Steps of the write (see fault-hook.ts): each staged file, then per folder the staged
    // journal, each rename, and the journal's removal.
    const changed = workflows.length * 2;
    const steps = changed * 2 + FOLDERS.length * 2;
    const killPoints = fc.sample(fc.integer({ min: 1, max: steps }), { numRuns: SEEDS, seed: 20261206 });
    const outcomes = { old: 0, new: 0 };

    for (const killAt of killPoints) {
      const trial = tempProject({}, "fault-trial");
      projects.push(trial);
      cpSync(pristine.dir, trial.dir, { recursive: true });
      for (const [path, text] of Object.entries(sources("New"))) trial.write(path, text);
      const killed = buildInChild(trial.dir, killAt);
      expect(killed.signal, `kill at step ${killAt}: ${killed.stderr}`).toBe("SIGKILL");

      // What the next build does before it writes: complete journals, remove staged files.
      recover(FOLDERS.map((folder) => join(trial.dir, folder)));
      for (const w of workflows) {
        const now = outputsOf(trial.dir, w.folder, w.name);
        const which = JSON.stringify(now) === JSON.stringify(old[w.name]) ? "old" : JSON.stringify(now) === JSON.stringify(fresh[w.name]) ? "new" : "mixed";
        if (which === "mixed") expect.fail(`${w.name} holds old and new outputs after a kill at step ${killAt}`);
        else outcomes[which]++;
      }
      expect(allFiles(trial.dir).filter((f) => /\.tmp$|journal/.test(f)), `kill at step ${killAt}`).toEqual([]);

      // And the whole next build ends with the new outputs and nothing else.
      const next = await compile({ paths: [trial.dir], cwd: trial.dir, typeCheck: false });
      expect(next.diagnostics).toEqual([]);
      expect(allFiles(trial.dir)).toEqual(finalListing);
      for (const w of workflows) expect(outputsOf(trial.dir, w.folder, w.name)).toEqual(fresh[w.name]);
      trial.remove();
    }
    // The kill points fell both before and after folders committed.
    expect(outcomes.old).toBeGreaterThan(0);
    expect(outcomes.new).toBeGreaterThan(0);
  }, 120_000);
});
