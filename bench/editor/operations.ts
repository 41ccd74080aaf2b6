/**
 * What the editor benchmark asks each engine after a keystroke, and the text it asks it on.
 *
 * Every operation runs on a fresh edit: a space toggled at the start of a link in the middle of
 * the chain (the odd edits insert it, the even ones remove it). A completion is asked where the
 * author is typing the string: the string at the cursor is cut there (`resultPath: "$.step20"`
 * becomes `resultPath: "$."`, the quote closed as an editor closes it). Asked inside a complete
 * string, TypeScript offers only that string back (the call's parameter takes it as written),
 * which is neither the list an author waits for nor its cost.
 */
import type { Positions } from "./scenarios.ts";

export type Operation = "diagnostics" | "path" | "choice path" | "goto" | "quick info";
export const OPERATIONS: readonly Operation[] = ["diagnostics", "path", "choice path", "goto", "quick info"];

/** Where each operation is asked; diagnostics are asked of the whole file. */
const ASKED_AT: Record<Exclude<Operation, "diagnostics">, keyof Positions> = {
  path: "path",
  "choice path": "choicePath",
  goto: "goto",
  "quick info": "quickInfo",
};

function isCompletion(op: Operation): boolean {
  return op === "path" || op === "choice path" || op === "goto";
}

/** The file's text for `op` and the offset it is asked at (0 for diagnostics). */
export interface Asked {
  readonly text: string;
  readonly at: number;
}

/** A change to the text: `remove` characters at `at` replaced by `insert`. */
interface Splice {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

/**
 * The text `op` is asked on and where, with the space at `positions.edit` inserted or not.
 * The splices are applied from the end, so each applies at its offset in `source`.
 */
export function asked(source: string, positions: Positions, op: Operation, inserted: boolean): Asked {
  const original = op === "diagnostics" ? 0 : positions[ASKED_AT[op]];
  const splices: Splice[] = [];
  if (inserted) splices.push({ at: positions.edit, remove: 0, insert: " " });
  if (isCompletion(op)) {
    const closing = source.indexOf('"', original);
    if (closing < 0) throw new Error(`no string closes after offset ${original}`);
    splices.push({ at: original, remove: closing - original, insert: "" });
  }
  let text = source;
  for (const splice of splices.sort((a, b) => b.at - a.at)) text = text.slice(0, splice.at) + splice.insert + text.slice(splice.at + splice.remove);
  // Only the space can move the cursor: the cut starts at the cursor.
  const at = original + (inserted && op !== "diagnostics" && original >= positions.edit ? 1 : 0);
  return { text, at };
}
