/**
 * Seeded property tests over random workflows built with the DSL builder.
 *
 * Valid plans (all eight state kinds, nesting, Retry/Catch, templates, intrinsics, loops) must
 * compile, pass asl-validator and statelint, and emit the same bytes every time. Invalid ones
 * (a single broken element inserted into a valid plan) must fail with the diagnostic code made
 * for that mistake, naming the broken state.
 *
 * The seed is fixed so every run checks the same cases; set ASLC_PROPERTY_SEED to explore others.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildWorkflow } from "@aslc/dsl";
import { CompileError, emitAsl } from "@aslc/compiler";
import { shareAjvAcrossAslValidatorCalls } from "../support/shared-ajv.ts";
import { beyondStatelint, validatorProblems } from "../support/validators.ts";
import { EXPECTED_FEATURES, recordFeatures } from "./coverage.ts";
import { passMismatches } from "./expected-json.ts";
import { workflowFromPlan } from "./generators/build-workflow.ts";
import { invalidCaseArbitrary } from "./generators/invalid-mutations.ts";
import { workflowPlanArbitrary } from "./generators/workflow-plan.ts";

const DEFAULT_SEED = 20_261_121;
const VALID_RUNS = 1000;
const INVALID_RUNS = 500;

function propertySeed(): number {
  const raw = process.env.ASLC_PROPERTY_SEED;
  if (raw === undefined || raw === "") return DEFAULT_SEED;
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed)) throw new Error(`ASLC_PROPERTY_SEED must be an integer, not '${raw}'`);
  return seed;
}

const seed = propertySeed();
console.info(`random workflows: seed ${seed} (set ASLC_PROPERTY_SEED to use another)`);

shareAjvAcrossAslValidatorCalls();

/** Runs `check` on the emitted text, adding the text to any failure so it can be read directly. */
function withDefinition(text: string, check: () => void): void {
  try {
    check();
  } catch (error) {
    throw new Error(`${(error as Error).message}\n--- emitted definition ---\n${text}`);
  }
}

describe("random workflows built with the DSL", () => {
  it(`compile to valid, deterministic ASL (${VALID_RUNS} cases)`, () => {
    const features = new Set<string>();
    let statelintChecked = 0;
    fc.assert(
      fc.property(workflowPlanArbitrary(), (plan) => {
        const { chain, passes } = workflowFromPlan(plan);
        const ir = buildWorkflow(chain);
        const text = emitAsl(ir);
        withDefinition(text, () => {
          expect(text.endsWith("\n")).toBe(true);
          expect(emitAsl(ir)).toBe(text);
          expect(emitAsl(buildWorkflow(chain))).toBe(text);
          const definition = JSON.parse(text);
          if (!beyondStatelint(definition)) statelintChecked += 1;
          const problems = [...validatorProblems(definition), ...passMismatches(definition, passes)];
          if (problems.length > 0) throw new Error(`the emitted definition is wrong:\n${problems.join("\n")}`);
        });
        recordFeatures(text, features);
      }),
      { seed, numRuns: VALID_RUNS },
    );
    console.info(`random workflows: ${VALID_RUNS} valid cases, statelint applied to ${statelintChecked}`);
    expect(EXPECTED_FEATURES.filter((feature) => !features.has(feature))).toEqual([]);
    // Each case is built and validated three times, the schema flow included: about a minute of work.
  }, 300_000);

  it(`reject one broken state with its diagnostic code (${INVALID_RUNS} cases)`, () => {
    fc.assert(
      fc.property(invalidCaseArbitrary, ({ plan, mistake, code, state }) => {
        const ir = buildWorkflow(workflowFromPlan(plan).chain);
        let thrown: unknown;
        try {
          emitAsl(ir);
        } catch (error) {
          thrown = error;
        }
        const context = `${mistake}: expected ${code} naming '${state}'`;
        expect(thrown, context).toBeInstanceOf(CompileError);
        const diagnostics = (thrown as CompileError).diagnostics;
        expect(diagnostics.map((d) => [d.code, d.state]), context).toContainEqual([code, state]);
        // The rest of the workflow is valid: nothing else may be reported.
        expect(diagnostics.filter((d) => d.state !== state).map((d) => d.message), context).toEqual([]);
        for (const d of diagnostics) {
          expect(d.message, context).toContain(`'${state}'`);
          expect(d.site?.file, context).toMatch(/build-workflow\.ts$/);
        }
      }),
      { seed, numRuns: INVALID_RUNS },
    );
  });
});
