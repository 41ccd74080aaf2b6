/**
 * The reverse property: a workflow built with the DSL, emitted as ASL, imported back into a
 * module and built again gives the same ASL (as parsed JSON). Random JSONPath and JSONata
 * workflows from the property generators, and every example workflow. The imported modules are
 * written into one temporary folder and loaded from there, as `aslc build` would load them.
 */
import fc from "fast-check";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { buildWorkflow, type WorkflowIR } from "@aslc/dsl";
import { emitAsl, importWorkflow } from "@aslc/compiler";
import { workflowFromPlan } from "../property/generators/build-workflow.ts";
import { workflowPlanArbitrary } from "../property/generators/workflow-plan.ts";
import { jsonataWorkflowFromPlan } from "../property/generators/jsonata-build.ts";
import { jsonataWorkflowPlan } from "../property/generators/jsonata-workflow-plan.ts";
import { EXAMPLES, exampleFolders } from "../examples/example-files.ts";
import { tempProject } from "../support/temp-project.ts";

const SEED = 20_261_206;
const JSONPATH_RUNS = 150;
const JSONATA_RUNS = 100;

const project = tempProject({}, "reverse-property");
afterAll(() => project.remove());
let modules = 0;

/** Imports a workflow, loads the module written for it, and gives the ASL it builds. */
async function roundTrip(ir: WorkflowIR): Promise<{ text: string; source: string }> {
  const { source, diagnostics } = await importWorkflow(ir, { exportName: "Imported" });
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const file = `imported-${++modules}.workflow.ts`;
  project.write(file, source);
  const loaded = (await import(pathToFileURL(join(project.dir, file)).href)) as { Imported: unknown };
  return { text: emitAsl(buildWorkflow(loaded.Imported)), source };
}

async function expectSameAsl(ir: WorkflowIR): Promise<void> {
  const original = emitAsl(ir);
  const { text, source } = await roundTrip(ir);
  try {
    expect(JSON.parse(text)).toEqual(JSON.parse(original));
  } catch (error) {
    throw new Error(`${(error as Error).message}\n--- original ---\n${original}\n--- imported module ---\n${source}`);
  }
}

describe("DSL → ASL → import → build gives the same ASL", () => {
  it(`for random JSONPath workflows (${JSONPATH_RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(workflowPlanArbitrary(), async (plan) => expectSameAsl(buildWorkflow(workflowFromPlan(plan).chain))),
      { seed: SEED, numRuns: JSONPATH_RUNS },
    );
  }, 300_000);

  it(`for random JSONata workflows (${JSONATA_RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 31 - 1 }), async (planSeed) => expectSameAsl(buildWorkflow(jsonataWorkflowFromPlan(jsonataWorkflowPlan(planSeed))))),
      { seed: SEED, numRuns: JSONATA_RUNS },
    );
  }, 300_000);

  for (const example of exampleFolders()) {
    it(`for the example ${example}`, async () => {
      const files = readdirSync(join(EXAMPLES, example)).filter((name) => name.endsWith(".workflow.ts"));
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const loaded = (await import(pathToFileURL(join(EXAMPLES, example, file)).href)) as Record<string, unknown>;
        const workflows = Object.values(loaded).filter((value) => {
          try {
            buildWorkflow(value);
            return true;
          } catch {
            return false;
          }
        });
        expect(workflows.length).toBeGreaterThan(0);
        for (const chain of workflows) await expectSameAsl(buildWorkflow(chain));
      }
    });
  }
});
