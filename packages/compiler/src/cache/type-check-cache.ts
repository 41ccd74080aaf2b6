/**
 * Type-check results kept between processes, as `tsc --incremental` keeps its build info: an
 * entry holds a check's diagnostics with everything the check read from disk (each file by a
 * hash of its content, each lookup by its answer), under a key made of the compiler's own
 * code, the TypeScript version, the tsconfig and the files checked. An entry is reused only
 * when the key matches and every recorded read still gives the same answer, so a stale entry
 * can never hide an error.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Diagnostic } from "../diagnostics.ts";
import type { CheckGroup, CheckOutcome } from "../load/checker.ts";
import { stillHolds, type FileRecordEntries } from "../load/file-record.ts";

interface Entry {
  readonly key: string;
  readonly record: FileRecordEntries;
  readonly diagnostics: Diagnostic[];
}

/** Bumped when the entry format changes. */
const FORMAT = 1;

/**
 * What the compiler itself is: this code (the bundle it runs from) and the TypeScript that
 * ts-morph carries. A new aslc or TypeScript version makes every entry stale.
 */
function toolchainIdentity(): string {
  const hash = createHash("sha256").update(`format ${FORMAT}\0`);
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  try {
    const tsMorph = createRequire(import.meta.url).resolve("ts-morph/package.json");
    hash.update(readFileSync(tsMorph));
  } catch {
    hash.update("ts-morph unresolved");
  }
  return hash.digest("hex");
}

let toolchainCache: string | undefined;

/** The folder tools keep caches in: node_modules/.cache/aslc of the nearest package. */
export function defaultCacheDir(cwd: string): string {
  let dir = cwd;
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return join(existsSync(join(dir, "package.json")) ? dir : cwd, "node_modules", ".cache", "aslc");
}

export class TypeCheckCache {
  /**
   * @param dir where entries are kept
   * @param toolchain what the compiler and TypeScript are. @default a hash of the running aslc code and of the ts-morph (TypeScript) release
   */
  constructor(
    private readonly dir: string,
    private readonly toolchain?: string,
  ) {}

  private key(group: CheckGroup): string {
    const identity = this.toolchain ?? (toolchainCache ??= toolchainIdentity());
    return createHash("sha256")
      .update(JSON.stringify({ identity, tsconfig: group.tsconfig ?? null, files: group.files, roots: group.roots }))
      .digest("hex");
  }

  /** One entry per tsconfig and set of search roots, so builds of different folders keep theirs. */
  private path(group: CheckGroup): string {
    const name = createHash("sha256").update(JSON.stringify([group.tsconfig ?? null, group.roots])).digest("hex").slice(0, 24);
    return join(this.dir, `type-check-${name}.json`);
  }

  /** The diagnostics of an earlier check of the same group, if nothing it read has changed. */
  lookup(group: CheckGroup): Diagnostic[] | undefined {
    let entry: Entry;
    try {
      entry = JSON.parse(readFileSync(this.path(group), "utf8")) as Entry;
    } catch {
      return undefined;
    }
    if (entry.key !== this.key(group) || !stillHolds(entry.record)) return undefined;
    return entry.diagnostics;
  }

  /** Keeps the outcome for the next build; a cache that cannot be written only costs speed. */
  store(group: CheckGroup, outcome: CheckOutcome): void {
    const path = this.path(group);
    const temp = `${path}.${process.pid}.tmp`;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(temp, JSON.stringify({ key: this.key(group), record: outcome.record, diagnostics: outcome.diagnostics } satisfies Entry));
      renameSync(temp, path);
    } catch {
      rmSync(temp, { force: true });
    }
  }
}
