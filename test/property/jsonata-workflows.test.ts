/**
 * Seeded property test over random JSONata workflows built with the DSL: JSONata machines and
 * JSONPath machines holding JSONata states, every state kind, Arguments, Output and Assign on
 * states, Choice rules and catchers, Items and ItemSelector, expressions in numeric fields, and
 * variables read after they are assigned. Each workflow must emit the same bytes twice, pass
 * asl-validator, and emit exactly the JSON the plan gives when worked out independently
 * (jsonata-expected.ts).
 *
 * The seed is fixed so every run checks the same cases; set ASLC_PROPERTY_SEED to explore others.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildWorkflow } from "@aslc/dsl";
import { emitAsl } from "@aslc/compiler";
import { shareAjvAcrossAslValidatorCalls } from "../support/shared-ajv.ts";
import { aslValidatorProblems } from "../support/validators.ts";
import { jsonataWorkflowFromPlan } from "./generators/jsonata-build.ts";
import { jsonataWorkflowPlan } from "./generators/jsonata-workflow-plan.ts";
import { EXPECTED_JSONATA_FEATURES, recordJsonataFeatures } from "./jsonata-coverage.ts";
import { expectedDefinition } from "./jsonata-expected.ts";

const DEFAULT_SEED = 20_261_122;
const RUNS = 300;

function propertySeed(): number {
  const raw = process.env.ASLC_PROPERTY_SEED;
  if (raw === undefined || raw === "") return DEFAULT_SEED;
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed)) throw new Error(`ASLC_PROPERTY_SEED must be an integer, not '${raw}'`);
  return seed;
}

const seed = propertySeed();
console.info(`random JSONata workflows: seed ${seed} (set ASLC_PROPERTY_SEED to use another)`);

shareAjvAcrossAslValidatorCalls();

describe("random JSONata workflows built with the DSL", () => {
  it(`emit the expected ASL, deterministic and accepted by asl-validator (${RUNS} cases)`, () => {
    const features = new Set<string>();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (planSeed) => {
        const plan = jsonataWorkflowPlan(planSeed);
        const chain = jsonataWorkflowFromPlan(plan);
        const text = emitAsl(buildWorkflow(chain));
        try {
          expect(emitAsl(buildWorkflow(chain))).toBe(text);
          const definition = JSON.parse(text);
          expect(aslValidatorProblems(definition)).toEqual([]);
          expect(definition).toEqual(expectedDefinition(plan));
          recordJsonataFeatures(definition, features);
        } catch (error) {
          throw new Error(`plan seed ${planSeed}: ${(error as Error).message}\n--- emitted definition ---\n${text}`);
        }
      }),
      { seed, numRuns: RUNS },
    );
    expect(EXPECTED_JSONATA_FEATURES.filter((feature) => !features.has(feature))).toEqual([]);
  });
});
