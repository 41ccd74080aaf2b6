/**
 * The journal of one output folder: the renames (staged file → target) and removals a build is
 * about to make there. It is the folder's commit point and its lock:
 * - created complete and exclusively (written to a staged file, then hard-linked to its name,
 *   which fails when another build's journal is there), so it is either absent or whole;
 * - while it exists, the folder's files may be a mix of old and new; the next build that finds it
 *   with its writer gone performs the remaining steps (roll forward), then removes it;
 * - staged files of a writer that is gone and that no journal names are removed (roll back).
 *
 * A workflow's outputs all live in its module's folder (and its `handlers/` below), so one journal
 * per folder makes each workflow's set of outputs change all at once. A build writing several
 * folders commits them one after another; a concurrent build of the same folder waits for the
 * journal to go.
 */
import { existsSync, linkSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { writeStep } from "./fault-hook.ts";
import { isAlive } from "./process-alive.ts";
import { journalPath, stagedPath, stagingPid } from "./staging-names.ts";
import { reasonOf, WriteError } from "./write-error.ts";

/** One step of a commit: absolute paths when given to commitFolder, relative to the folder in the journal. */
export type JournalStep = { readonly rename: string; readonly to: string } | { readonly remove: string };

interface Journal {
  readonly pid: number;
  readonly steps: readonly JournalStep[];
}

/** Where the handler stubs of a module's Lambda functions go, relative to the module's folder (configurable). */
export const HANDLERS_FOLDER = "handlers";

/** How long a build waits for another live build to finish committing the same folder. */
const LOCK_WAIT_MS = 60_000;

function readJournal(path: string): Journal | undefined {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Journal;
  } catch {
    return undefined;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Performs a journal's steps that are still to do; every step can be repeated safely. */
function rollForward(folder: string, journal: Journal): void {
  for (const step of journal.steps) {
    if ("remove" in step) rmSync(join(folder, step.remove), { force: true });
    else if (existsSync(join(folder, step.rename))) renameSync(join(folder, step.rename), join(folder, step.to));
  }
}

/**
 * Completes or undoes what interrupted builds left in the folders: journals whose writer is gone
 * are rolled forward, then staged files whose writer is gone are removed.
 */
export function recover(folders: Iterable<string>, handlers = HANDLERS_FOLDER): void {
  for (const folder of folders) {
    try {
      recoverFolder(folder, handlers);
    } catch (error) {
      throw new WriteError(folder, `an interrupted build's files could not be completed or removed (${reasonOf(error)})`);
    }
  }
}

function recoverFolder(folder: string, handlers: string): void {
  const path = journalPath(folder);
  const journal = existsSync(path) ? readJournal(path) : undefined;
  if (existsSync(path) && !(journal && isAlive(journal.pid))) {
    if (journal) rollForward(folder, journal);
    rmSync(path, { force: true });
  }
  for (const staged of leftoverStagedFiles(folder, handlers)) rmSync(staged, { force: true });
}

/** What interrupted builds left in a folder: a journal whose writer is gone, staged files whose writer is gone. */
export function leftovers(folder: string, handlers = HANDLERS_FOLDER): string[] {
  const found: string[] = [];
  const path = journalPath(folder);
  if (existsSync(path)) {
    const journal = readJournal(path);
    if (!journal || !isAlive(journal.pid)) found.push(path);
  }
  return [...found, ...leftoverStagedFiles(folder, handlers)];
}

/** Staged files of writers that are gone, in the folder and its handlers folder. */
function leftoverStagedFiles(folder: string, handlers: string): string[] {
  const found: string[] = [];
  for (const dir of [folder, join(folder, handlers)]) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const pid = stagingPid(name);
      if (pid !== undefined && !isAlive(pid)) found.push(join(dir, name));
    }
  }
  return found;
}

/**
 * Commits one folder: journals the steps, performs them, removes the journal. Waits while another
 * live build holds the folder; takes over (rolling it forward first) from one that is gone.
 */
export function commitFolder(folder: string, steps: readonly JournalStep[]): void {
  if (steps.length === 0) return;
  const path = journalPath(folder);
  const relativeSteps = steps.map((step): JournalStep =>
    "remove" in step ? { remove: relative(folder, step.remove) } : { rename: relative(folder, step.rename), to: relative(folder, step.to) },
  );
  const journal: Journal = { pid: process.pid, steps: relativeSteps };
  const staged = stagedPath(path);
  writeFileSync(staged, `${JSON.stringify(journal, null, 2)}\n`);
  writeStep();
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      linkSync(staged, path);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const other = readJournal(path);
      if (other && isAlive(other.pid)) {
        if (Date.now() > deadline) throw new Error(`another build (process ${other.pid}) has been writing this folder for a minute`);
        sleep(20);
        continue;
      }
      recoverFolder(folder, HANDLERS_FOLDER);
    }
  }
  rmSync(staged, { force: true });
  for (const step of relativeSteps) {
    writeStep();
    if ("remove" in step) rmSync(join(folder, step.remove), { force: true });
    else renameSync(join(folder, step.rename), join(folder, step.to));
  }
  writeStep();
  rmSync(path);
}
