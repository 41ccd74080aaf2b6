/**
 * aslc lint scored against every validator fixture of the corpus labelled valid or invalid
 * (MANIFEST.tsv, expected_valid yes/no), beside asl-validator, @wmfs/statelint (where it applies:
 * it predates Distributed Map, JSONata and variables) and the AWS Toolkit's
 * amazon-states-language-service. Labels are the fixture's tool's opinion; where aslc disagrees
 * with a label, or the validators disagree with each other or with it, the AWS documentation
 * decides, and DISAGREEMENTS (corpus-disagreements.ts) records each such file: what each tool says, the verdict and its
 * source. The test fails when aslc says other than recorded, when a recorded file no longer
 * disagrees, and when a file disagrees without a record.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { lint } from "@aslc/compiler";
import { describeWithCorpus, readManifest } from "../corpus/corpus-files.ts";
import { shareAjvAcrossAslValidatorCalls } from "../support/shared-ajv.ts";
import { aslValidatorProblems, beyondStatelint, statelintProblems, substitutePlaceholders } from "../support/validators.ts";
import { DISAGREEMENTS, type Verdict } from "./corpus-disagreements.ts";

interface Said {
  readonly label: Verdict;
  readonly aslc: Verdict;
  readonly aslValidator: Verdict;
  readonly statelint: Verdict | "-";
  readonly languageService: Verdict;
}

const verdictOf = (problems: readonly unknown[]): Verdict => (problems.length === 0 ? "valid" : "invalid");

describeWithCorpus("aslc lint against the labelled validator fixtures", (folder) => {
  const rows = [...readManifest(folder).values()].filter((row) => row.expected_valid === "yes" || row.expected_valid === "no");
  const said = new Map<string, Said>();

  beforeAll(async () => {
    shareAjvAcrossAslValidatorCalls();
    const require = createRequire(import.meta.url);
    const asls = require("amazon-states-language-service");
    const service = asls.getLanguageService({});
    for (const row of rows) {
      const file = join(folder, row.file!);
      const text = readFileSync(file, "utf8");
      const definition: unknown = JSON.parse(text);
      const { diagnostics } = await lint([file]);
      const document = asls.TextDocument.create(`file://${file}`, "json", 1, text);
      const found: { severity?: number }[] = await service.doValidation(document, service.parseJSONDocument(document));
      said.set(row.file!, {
        label: row.expected_valid === "yes" ? "valid" : "invalid",
        aslc: verdictOf(diagnostics.filter((d) => d.severity === "error")),
        aslValidator: verdictOf(aslValidatorProblems(definition)),
        statelint: beyondStatelint(definition) ? "-" : verdictOf(statelintProblems(substitutePlaceholders(definition))),
        languageService: verdictOf(found.filter((d) => d.severity === 1)),
      });
    }
  }, 600_000);

  const recorded = new Map(DISAGREEMENTS.map((row) => [row[0], row]));

  it("labels at least 250 fixtures", () => {
    expect(rows.length).toBeGreaterThanOrEqual(250);
  });

  it("says of each recorded file what the table says, and each recorded file still disagrees", () => {
    const wrong: string[] = [];
    for (const [file, label, aslc, aslValidator, statelint, languageService] of DISAGREEMENTS) {
      const now = said.get(file);
      if (!now) {
        wrong.push(`${file}: not a labelled fixture`);
        continue;
      }
      const expected = { label, aslc, aslValidator, statelint, languageService };
      if (JSON.stringify(now) !== JSON.stringify(expected)) wrong.push(`${file}: recorded ${JSON.stringify(expected)}, now ${JSON.stringify(now)}`);
      const tools = [now.aslc, now.aslValidator, now.statelint, now.languageService].filter((v) => v !== "-");
      if (tools.every((v) => v === now.label)) wrong.push(`${file}: every tool agrees with the label now: remove it from the table`);
    }
    expect(wrong).toEqual([]);
  });

  it("agrees with the label on every file the table does not list, as the other tools do", () => {
    const unrecorded = [...said].filter(([file, s]) => !recorded.has(file) && [s.aslc, s.aslValidator, s.statelint, s.languageService].some((v) => v !== "-" && v !== s.label));
    expect(unrecorded.map(([file, s]) => `${file}: ${JSON.stringify(s)}`)).toEqual([]);
  });

  it("scores aslc against the labels and against the documentation's verdicts", () => {
    const verdictOfFile = (file: string, s: Said) => recorded.get(file)?.[6] ?? s.label;
    const score = (tool: keyof Said, against: (file: string, s: Said) => Verdict) => {
      const applicable = [...said].filter(([, s]) => s[tool] !== "-");
      return `${applicable.filter(([file, s]) => s[tool] === against(file, s)).length}/${applicable.length}`;
    };
    const lines = (["aslc", "aslValidator", "statelint", "languageService"] as const).map(
      (tool) => `${tool}: ${score(tool, (_, s) => s.label)} agree with the label, ${score(tool, verdictOfFile)} with the documentation's verdict`,
    );
    console.log(`corpus score over ${said.size} labelled fixtures\n${lines.join("\n")}`);
    const aslcRight = [...said].filter(([file, s]) => s.aslc === verdictOfFile(file, s)).length;
    // Known misses (the table's reasons say which) are all that keep aslc from every verdict.
    const misses = DISAGREEMENTS.filter((row) => row[2] !== row[6]).length;
    expect(aslcRight).toBe(said.size - misses);
  });
});
