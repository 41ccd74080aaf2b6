/** Fixtures for lint tests: text with «name» markers where diagnostics must point, and files written from them. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { REPO } from "../support/temp-project.ts";

export interface Marked {
  /** The text without its markers. */
  readonly text: string;
  /** Each marker's 1-based line and column in the text. */
  readonly at: ReadonlyMap<string, { readonly line: number; readonly column: number }>;
}

/** Takes out the «name» markers, noting where each stood. */
export function marked(raw: string): Marked {
  const at = new Map<string, { line: number; column: number }>();
  let text = "";
  let rest = raw;
  for (let m = /«([^»]+)»/.exec(rest); m; m = /«([^»]+)»/.exec(rest)) {
    text += rest.slice(0, m.index);
    const lines = text.split("\n");
    at.set(m[1]!, { line: lines.length, column: lines[lines.length - 1]!.length + 1 });
    rest = rest.slice(m.index + m[0].length);
  }
  return { text: text + rest, at };
}

let count = 0;

/** A fresh folder under .tmp holding the files given. */
export function lintFolder(files: Record<string, string>): string {
  const dir = join(REPO, ".tmp", "tests", `lint-${process.pid}-${++count}`);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}
