/**
 * Temporary projects for compiler tests, inside the repository (git-ignored .tmp/) so that
 * `zod` and `@aslc/dsl` resolve from its node_modules. A `/*@*\/` marker in a source file
 * records an expected diagnostic position and is removed before the file is written.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../..", import.meta.url));
const MARKER = "/*@*/";
let count = 0;

export interface TempProject {
  readonly dir: string;
  /** Where the marker stood: file (absolute), 1-based line and column. */
  readonly marked?: { readonly file: string; readonly line: number; readonly column: number };
  /** Every file below the project, relative, sorted (to prove nothing was written). */
  listing(): string[];
  write(path: string, content: string): void;
  remove(): void;
}

export function tempProject(files: Record<string, string>, label = "project"): TempProject {
  const dir = join(REPO, ".tmp", "tests", `${label}-${process.pid}-${++count}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let marked: TempProject["marked"];
  for (const [path, raw] of Object.entries(files)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    const index = raw.indexOf(MARKER);
    if (index >= 0) {
      const before = raw.slice(0, index).split("\n");
      marked = { file, line: before.length, column: before[before.length - 1]!.length + 1 };
    }
    writeFileSync(file, raw.replace(MARKER, ""));
  }
  const listing = () => {
    const out: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d)) {
        const p = join(d, e);
        if (statSync(p).isDirectory()) walk(p);
        else out.push(relative(dir, p));
      }
    };
    walk(dir);
    return out.sort();
  };
  return {
    dir,
    marked,
    listing,
    write: (path, content) => writeFileSync(join(dir, path), content),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
