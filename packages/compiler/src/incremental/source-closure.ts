/**
 * What a workflow module's output depends on among the project's own files: the module and
 * every file it imports by a relative path, transitively. Its key changes when any of them
 * changes, so a rebuild can reuse what an unchanged module produced last time.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g;

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  const candidates = [base, base.replace(/\.(m|c)?js$/, ".$1ts"), `${base}.ts`, `${base}/index.ts`];
  return candidates.find((c) => /\.(m|c)?ts$/.test(c) && existsSync(c));
}

/** Reads each file once per build; keys are computed from these contents. */
export class SourceSnapshot {
  private readonly contents = new Map<string, string | null>();

  read(file: string): string | null {
    if (!this.contents.has(file)) this.contents.set(file, existsSync(file) ? readFileSync(file, "utf8") : null);
    return this.contents.get(file)!;
  }

  /** A hash over the module and its relative imports, in a fixed order. */
  closureKey(file: string): string {
    const seen = new Set<string>();
    const pending = [file];
    while (pending.length > 0) {
      const current = pending.pop()!;
      if (seen.has(current)) continue;
      seen.add(current);
      const text = this.read(current);
      if (text === null) continue;
      for (const match of text.matchAll(RELATIVE_IMPORT)) {
        const target = resolveImport(current, match[1]!);
        if (target) pending.push(target);
      }
    }
    const hash = createHash("sha256");
    for (const path of [...seen].sort()) hash.update(`${path}\0${this.read(path) ?? ""}\0`);
    return hash.digest("hex");
  }
}
