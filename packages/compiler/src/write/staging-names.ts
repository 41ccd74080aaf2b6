/**
 * The names of the files a build keeps only while it writes: a staged copy of each output
 * beside its target, and one journal per output folder. Both carry the writing process's id, so
 * a later build can tell a live concurrent build's files from an interrupted build's leftovers.
 */
import { basename, join } from "node:path";

/** The journal of the renames a build is making in one output folder; it also locks the folder. */
export const JOURNAL_FILE = "aslc.journal.json";

const STAGED = /\.aslc-(\d+)\.tmp$/;

/** Where `path`'s new content waits until the folder's renames are journaled. */
export function stagedPath(path: string, pid = process.pid): string {
  return `${path}.aslc-${pid}.tmp`;
}

/** The id of the process that staged `path`, or undefined when it is not a staged file. */
export function stagingPid(path: string): number | undefined {
  const match = STAGED.exec(basename(path));
  return match ? Number(match[1]) : undefined;
}

export function journalPath(folder: string): string {
  return join(folder, JOURNAL_FILE);
}
