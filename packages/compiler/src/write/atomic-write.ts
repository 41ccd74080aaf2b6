/**
 * Writes a build's files so that, whatever moment the process dies at, the next build finds each
 * folder's outputs all old or all new and no staged file: every file is staged beside its target
 * first; only when all are staged, and no target is blocked, is each folder committed through its
 * journal (see journal.ts). A failure before the commit removes what was staged.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { writeStep } from "./fault-hook.ts";
import { commitFolder, type JournalStep } from "./journal.ts";
import { stagedPath } from "./staging-names.ts";
import { reasonOf, WriteError } from "./write-error.ts";

export { WriteError } from "./write-error.ts";

export interface OutputFile {
  readonly path: string;
  readonly content: string;
  /**
   * Written only when no file exists there yet (handler stubs: the author's code from then on).
   * A `once` file that already exists is listed with empty content: it is not rendered again.
   */
  readonly once?: boolean;
  /** For a handler stub: the function it handles (workflows in one folder that call it share the stub). */
  readonly function?: string;
}

/** What a build changes in one output folder: files to write, generated files to remove. */
export interface FolderWrite {
  readonly folder: string;
  readonly files: readonly OutputFile[];
  readonly remove: readonly string[];
}

function sameContent(path: string, content: string): boolean {
  try {
    return readFileSync(path, "utf8") === content;
  } catch {
    return false;
  }
}


/**
 * Writes the files, removes the files to remove, and returns the paths written. A `once` file
 * that exists is left alone, and so is a file whose content is already right (its time stamp
 * then keeps meaning something).
 */
export function writeAtomically(folders: readonly FolderWrite[]): string[] {
  const staged: string[] = [];
  const plans: { folder: string; steps: JournalStep[] }[] = [];
  const written: string[] = [];
  try {
    for (const { folder, files, remove } of folders) {
      const steps: JournalStep[] = [];
      for (const file of files) {
        if (file.once && existsSync(file.path)) continue;
        if (sameContent(file.path, file.content)) continue;
        if (lstatSync(file.path, { throwIfNoEntry: false })?.isDirectory()) throw new WriteError(file.path, "a folder stands at that path");
        const temp = stagedPath(file.path);
        try {
          mkdirSync(dirname(file.path), { recursive: true });
          writeStep();
          writeFileSync(temp, file.content);
        } catch (error) {
          throw new WriteError(file.path, reasonOf(error));
        }
        staged.push(temp);
        steps.push({ rename: temp, to: file.path });
        written.push(file.path);
      }
      for (const path of remove) if (existsSync(path)) steps.push({ remove: path });
      plans.push({ folder, steps });
    }
  } catch (error) {
    for (const temp of staged) rmSync(temp, { force: true });
    throw error;
  }
  for (const { folder, steps } of plans) {
    try {
      commitFolder(folder, steps);
    } catch (error) {
      throw new WriteError(folder, reasonOf(error));
    }
  }
  return written;
}
