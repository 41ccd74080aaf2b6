/**
 * The checks every corpus rebuild gets, whichever query language it is written in: the ASL the
 * compiler emits for the module's workflow equals the corpus file (key order aside; nothing else
 * is ignored), passes the public validators, and `emitAsl` accepts it. Each exception a module
 * names (a diagnostic the compiler gives on purpose, a validator's known gap) is checked to
 * still hold, so one that no longer applies shows.
 */
import { describe, expect, it } from "vitest";
import { buildWorkflow } from "@aslc/dsl";
import { aslDefinition, CompileError, emitAsl } from "@aslc/compiler";
import { aslValidatorProblems, beyondStatelint, statelintProblems, substitutePlaceholders } from "../support/validators.ts";
import { readDefinition, type ManifestRow } from "./corpus-files.ts";
import type { CorpusRebuild, KnownRefusal } from "./rebuild.ts";

/** The value with every object's keys sorted, at any depth: key order is not part of JSON's meaning. */
export function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.keys(value)
    .sort()
    .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])] as const);
  // defineProperty keeps a key such as `__proto__` an own field.
  const out: Record<string, unknown> = {};
  for (const [key, item] of entries) Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
  return out;
}

/** The rebuilds name distinct corpus files, each in MANIFEST.tsv, in one of the query languages given, not called invalid. */
export function expectCoverage(rebuilds: readonly CorpusRebuild[], manifest: ReadonlyMap<string, ManifestRow>, languages: readonly string[], minimum: number): void {
  const files = rebuilds.map((r) => r.corpus);
  expect(new Set(files).size).toBe(files.length);
  expect(files.length).toBeGreaterThanOrEqual(minimum);
  for (const file of files) {
    const row = manifest.get(file);
    expect(row, `${file} is not in MANIFEST.tsv`).toBeDefined();
    expect(languages, file).toContain(row!.query_language);
    expect(row!.expected_valid, file).not.toBe("no");
  }
}

export interface RebuildChecks {
  /** Also ask @wmfs/statelint, about definitions that use nothing newer than it knows. @default false */
  readonly statelint?: boolean;
}

/** The tests of one rebuild, in a describe block named by its corpus file. */
export function describeRebuild(folder: string, rebuild: CorpusRebuild, checks: RebuildChecks = {}): void {
  describe(rebuild.corpus, () => {
    const ir = buildWorkflow(rebuild.workflow);
    const emitted = aslDefinition(ir);

    it("emits the corpus definition", () => {
      expect(sortedKeys(emitted)).toEqual(sortedKeys(readDefinition(folder, rebuild.corpus)));
    });

    validatorTest("asl-validator", rebuild.aslValidatorRejects, () => aslValidatorProblems(emitted));
    if (checks.statelint && !beyondStatelint(emitted)) {
      validatorTest("@wmfs/statelint", rebuild.statelintRejects, () => statelintProblems(substitutePlaceholders(emitted)));
    } else if (rebuild.statelintRejects) {
      it("names a statelint refusal only where statelint is asked", () => {
        expect.fail("statelintRejects is set, but statelint does not apply to this definition");
      });
    }

    if (rebuild.rejected) {
      const { code, why } = rebuild.rejected;
      it(`is refused by the compiler with ${code}: ${why}`, () => {
        expect(() => emitAsl(ir)).toThrow(CompileError);
        try {
          emitAsl(ir);
        } catch (error) {
          expect((error as CompileError).diagnostics.map((d) => d.code)).toContain(code);
        }
      });
    } else {
      it("is accepted by the compiler, which emits the same definition", () => {
        expect(JSON.parse(emitAsl(ir))).toEqual(JSON.parse(JSON.stringify(emitted)));
      });
    }
  });
}

/** A validator's problems; where it throws instead, the error's message is the one problem. */
function problemsOrCrash(problemsOf: () => string[]): string[] {
  try {
    return problemsOf();
  } catch (error) {
    return [`crashed: ${(error as Error).message}`];
  }
}

function validatorTest(validator: string, known: KnownRefusal | undefined, problemsOf: () => string[]): void {
  if (known) {
    it(`is refused by ${validator} only where it falls short: ${known.why}`, () => {
      const problems = problemsOrCrash(problemsOf).flatMap((text) => text.split("\n"));
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) expect(problem).toContain(known.message);
    });
  } else {
    it(`passes ${validator}`, () => {
      expect(problemsOrCrash(problemsOf)).toEqual([]);
    });
  }
}
