/**
 * The shared ASL corpus: its folder (beside the repository, or ASLC_CORPUS), its MANIFEST rows
 * by file, and a definition read from it.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const REPOSITORY = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export function corpusFolder(): string {
  const folder = process.env.ASLC_CORPUS || join(REPOSITORY, "..", "shared", "corpus");
  if (!existsSync(join(folder, "MANIFEST.tsv"))) {
    throw new Error(`the ASL corpus is not at ${folder}: put it beside the repository as shared/corpus, or set ASLC_CORPUS to its folder`);
  }
  return folder;
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
