/**
 * The JSONata definitions of the shared corpus are expressible in the DSL: each module under
 * jsonata/ writes one of them as an author would, and the ASL the compiler emits for it must
 * equal the corpus file (key order aside; nothing else is ignored). The emitted definition must
 * also pass asl-validator, and `emitAsl` must accept it. A module names the exceptions: the
 * diagnostic code when the compiler refuses the definition on purpose, the message when
 * asl-validator refuses a definition Step Functions takes; the test checks that each exception
 * still holds, so one that no longer applies shows.
 */
import { describe, expect, it } from "vitest";
import { buildWorkflow } from "@aslc/dsl";
import { aslDefinition, CompileError, emitAsl } from "@aslc/compiler";
import { shareAjvAcrossAslValidatorCalls } from "../support/shared-ajv.ts";
import { aslValidatorProblems } from "../support/validators.ts";
import { describeWithCorpus, readDefinition, readManifest } from "./corpus-files.ts";
import { JSONATA_REBUILDS } from "./jsonata/index.ts";

/** The value with every object's keys sorted, at any depth: key order is not part of JSON's meaning. */
function sortedKeys(value: unknown): unknown {
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

shareAjvAcrossAslValidatorCalls();

const MINIMUM_REBUILDS = 12;

describeWithCorpus("JSONata corpus definitions rebuilt with the DSL", (folder) => {
  const manifest = readManifest(folder);

  it(`cover at least ${MINIMUM_REBUILDS} distinct JSONata or mixed definitions the corpus does not call invalid`, () => {
    const files = JSONATA_REBUILDS.map((r) => r.corpus);
    expect(new Set(files).size).toBe(files.length);
    expect(files.length).toBeGreaterThanOrEqual(MINIMUM_REBUILDS);
    for (const file of files) {
      const row = manifest.get(file);
      expect(row, `${file} is not in MANIFEST.tsv`).toBeDefined();
      expect(["JSONata", "mixed"], file).toContain(row!.query_language);
      expect(row!.expected_valid, file).not.toBe("no");
    }
  });

  for (const rebuild of JSONATA_REBUILDS) {
    describe(rebuild.corpus, () => {
      const ir = buildWorkflow(rebuild.workflow);
      const emitted = aslDefinition(ir);

      it("emits the corpus definition", () => {
        expect(sortedKeys(emitted)).toEqual(sortedKeys(readDefinition(folder, rebuild.corpus)));
      });

      const known = rebuild.aslValidatorRejects;
      if (known) {
        it(`is refused by asl-validator only where its schemas fall short: ${known.why}`, () => {
          const problems = aslValidatorProblems(emitted).flatMap((text) => text.split("\n"));
          expect(problems.length).toBeGreaterThan(0);
          for (const problem of problems) expect(problem).toContain(known.message);
        });
      } else {
        it("passes asl-validator", () => {
          expect(aslValidatorProblems(emitted)).toEqual([]);
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
});
