/**
 * Writes files so that a reader sees the old content or the new, never half of either: every
 * file goes to a temporary sibling first; only when all are staged, and no target is blocked,
 * are they renamed into place. A failure removes what was staged.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export interface OutputFile {
  readonly path: string;
  readonly content: string;
  /**
   * Written only when no file exists there yet (handler stubs: the author's code from then on).
   * A `once` file that already exists is listed with empty content: it is not rendered again.
   */
  readonly once?: boolean;
}

/** A file that could not be written, and why. */
export class WriteError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot write ${path}: ${reason}`);
    this.name = "WriteError";
  }
}

function sameContent(path: string, content: string): boolean {
  try {
    return readFileSync(path, "utf8") === content;
  } catch {
    return false;
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);
}

/**
 * Writes the files and returns the paths written. A `once` file that exists is left alone, and
 * so is a file whose content is already right (its time stamp then keeps meaning something).
 */
export function writeAtomically(files: readonly OutputFile[]): string[] {
  const staged: { temp: string; path: string }[] = [];
  const unstage = () => staged.forEach(({ temp }) => rmSync(temp, { force: true }));
  for (const file of files) {
    if (file.once && existsSync(file.path)) continue;
    if (sameContent(file.path, file.content)) continue;
    try {
      if (lstatSync(file.path, { throwIfNoEntry: false })?.isDirectory()) throw new WriteError(file.path, "a folder stands at that path");
      mkdirSync(dirname(file.path), { recursive: true });
      const temp = `${file.path}.${process.pid}.tmp`;
      writeFileSync(temp, file.content);
      staged.push({ temp, path: file.path });
    } catch (error) {
      unstage();
      throw error instanceof WriteError ? error : new WriteError(file.path, reasonOf(error));
    }
  }
  for (const { temp, path } of staged) renameSync(temp, path);
  return staged.map((s) => s.path);
}
