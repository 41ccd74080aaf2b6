/**
 * The shared ASL corpus: its folder (beside the repository, or ASLC_CORPUS), its MANIFEST rows
 * by file, and a definition read from it.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, it } from "vitest";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const REPOSITORY = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Where the corpus is, or why it is not there. */
export function locateCorpus(): { folder: string } | { missing: string } {
  const folder = process.env.ASLC_CORPUS || join(REPOSITORY, "..", "shared", "corpus");
  if (existsSync(join(folder, "MANIFEST.tsv"))) return { folder };
  return { missing: `the ASL corpus is not at ${folder}: put it beside the repository as shared/corpus, or set ASLC_CORPUS to its folder` };
}

/** Whether the run is a CI run (CI set, as CI services do, and not to false or 0). */
function inCi(): boolean {
  const value = process.env.CI?.toLowerCase();
  return value !== undefined && value !== "" && value !== "false" && value !== "0";
}

/**
 * A suite over the development corpus. The corpus sits beside the repository, not in it, so a
 * fresh clone has none: the suite is then skipped, saying why (the reason is the skip's note,
 * which the run's closing lines print). Under CI the corpus must be there: a missing
 * corpus is a failing test, so CI cannot go green without running these tests.
 */
export function describeWithCorpus(name: string, body: (folder: string) => void): void {
  const corpus = locateCorpus();
  if ("folder" in corpus) {
    describe(name, () => body(corpus.folder));
    return;
  }
  describe(name, () => {
    if (inCi()) {
      it("finds the ASL corpus (required under CI)", () => {
        throw new Error(corpus.missing);
      });
    } else {
      it("needs the development corpus", (context) => context.skip(corpus.missing));
    }
  });
}

export type ManifestRow = Readonly<Record<string, string>>;

/** MANIFEST.tsv as rows keyed by column name, by file. */
export function readManifest(folder: string): ReadonlyMap<string, ManifestRow> {
  const [header, ...lines] = readFileSync(join(folder, "MANIFEST.tsv"), "utf8").split("\n").filter((line) => line.length > 0);
  const columns = header!.split("\t");
  return new Map(
    lines.map((line) => {
      const cells = line.split("\t");
      const row = Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? ""]));
      return [row.file!, row];
    }),
  );
}

export function readDefinition(folder: string, file: string): unknown {
  return JSON.parse(readFileSync(join(folder, file), "utf8"));
}
