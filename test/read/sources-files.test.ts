/**
 * Definitions users already have, read whole: every example's SAM template reads to its committed
 * ASL file, and every definition in the development corpus reads as one asl-json source equal to
 * JSON.parse of the file.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDefinitionSources } from "../../packages/compiler/src/read/sources/index.ts";
import { describeWithCorpus, readManifest } from "../corpus/corpus-files.ts";
import { REPO } from "../support/temp-project.ts";

const EXAMPLES = join(REPO, "examples");
const examples = readdirSync(EXAMPLES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && readdirSync(join(EXAMPLES, entry.name)).includes("template.yaml"))
  .map((entry) => entry.name);

describe("every example's SAM template", () => {
  it("is there to read", () => expect(examples.length).toBeGreaterThanOrEqual(5));

  it.each(examples)("%s reads to its committed ASL file, with its DefinitionSubstitutions", async (example) => {
    const { sources, diagnostics } = await readDefinitionSources(join(EXAMPLES, example, "template.yaml"));
    expect(diagnostics).toEqual([]);
    expect(sources).toHaveLength(1);
    const [source] = sources;
    expect(source!.format).toBe("sam");
    expect(source!.file).toMatch(/\.asl\.json$/);
    expect(source!.definition).toEqual(JSON.parse(readFileSync(source!.file, "utf8")));
    const listed = JSON.parse(readFileSync(source!.file.replace(/\.asl\.json$/, ".substitutions.json"), "utf8")) as { substitutions: string[] };
    expect(Object.keys(source!.substitutions ?? {}).sort()).toEqual([...listed.substitutions].sort());
  });
});

describeWithCorpus("every corpus definition", (folder) => {
  const files = [...readManifest(folder).keys()].filter((file) => file.endsWith(".json"));

  it("reads as one asl-json source equal to JSON.parse of the file, each State placed on its key", async () => {
    const wrong: string[] = [];
    for (const file of files) {
      const path = join(folder, file);
      const { sources, diagnostics } = await readDefinitionSources(path);
      const source = sources[0];
      if (diagnostics.length > 0 || sources.length !== 1 || source!.format !== "asl-json") {
        wrong.push(`${file}: ${diagnostics.map((d) => d.message).join("; ") || `${sources.length} sources`}`);
        continue;
      }
      const parsed = JSON.parse(readFileSync(path, "utf8")) as { States?: object };
      try {
        expect(source!.definition).toEqual(parsed);
      } catch {
        wrong.push(`${file}: the definition differs from JSON.parse`);
        continue;
      }
      // The site of each top-level state is the line its key is written on.
      const lines = readFileSync(path, "utf8").split("\n");
      for (const name of Object.keys(parsed.States ?? {})) {
        const site = source!.siteOf(["States", name]);
        if (!lines[site.line - 1]!.slice(site.column - 1).startsWith(JSON.stringify(name))) wrong.push(`${file}: state ${name} placed at ${site.line}:${site.column}`);
      }
    }
    expect(files.length).toBeGreaterThan(700);
    expect(wrong).toEqual([]);
  });
});
