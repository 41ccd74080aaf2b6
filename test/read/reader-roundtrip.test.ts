/**
 * The reader is the emitter walked backwards: random workflows built with the DSL (JSONPath and
 * JSONata) emit ASL that reads back without a diagnostic and emits the same bytes, and so does
 * every example's committed definition.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildWorkflow, type WorkflowIR } from "@aslc/dsl";
import { aslDefinition, emitAsl } from "@aslc/compiler";
import { readWorkflow } from "@aslc/compiler/internal";
import { formatJson } from "../../packages/compiler/src/format/format-json.ts";
import { exampleFolders, filesEndingWith } from "../examples/example-files.ts";
import { workflowFromPlan } from "../property/generators/build-workflow.ts";
import { jsonataWorkflowFromPlan } from "../property/generators/jsonata-build.ts";
import { jsonataWorkflowPlan } from "../property/generators/jsonata-workflow-plan.ts";
import { workflowPlanArbitrary } from "../property/generators/workflow-plan.ts";
import { sourceOf } from "./reader-support.ts";

const SEED = 20_261_206;
const RUNS = 150;

/** Reads emitted text back: no diagnostic, and the IR read emits the same text. */
function readsBack(text: string, name: string): WorkflowIR {
  const { workflow, diagnostics } = readWorkflow(sourceOf(text, name));
  expect(diagnostics).toEqual([]);
  expect(`${JSON.stringify(aslDefinition(workflow!), null, 2)}\n`).toBe(text);
  return workflow!;
}

/** The definition with every object's keys in reverse order, but each machine's States in theirs. */
function reversedKeys(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((entry) => reversedKeys(entry));
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value).map(([k, v]) => [k, reversedKeys(v, k)] as const);
  return Object.fromEntries(key === "States" ? entries : entries.reverse());
}

/** The IR without what depends on where nodes are written (sites) or is made afresh each read (the input schema). */
function withoutSites(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSites);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "site" && k !== "inputSchema").map(([k, v]) => [k, withoutSites(v)]));
}

describe("DSL → ASL → read → ASL", () => {
  it(`gives the same ASL for random JSONPath workflows (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(workflowPlanArbitrary(), (plan) => {
        const ir = buildWorkflow(workflowFromPlan(plan).chain);
        const text = emitAsl(ir);
        const read = readsBack(text, ir.name);
        // What the emitter validates, it validates on the IR read too.
        expect(emitAsl(read)).toBe(text);
        // The order of keys within an object does not matter to the IR.
        const reordered = readWorkflow(sourceOf(JSON.stringify(reversedKeys(JSON.parse(text)), null, 2), ir.name));
        expect(withoutSites(reordered.workflow)).toEqual(withoutSites(read));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`gives the same ASL for random JSONata workflows (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (planSeed) => {
        const ir = buildWorkflow(jsonataWorkflowFromPlan(jsonataWorkflowPlan(planSeed)));
        const text = emitAsl(ir);
        expect(emitAsl(readsBack(text, ir.name))).toBe(text);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe("every example's committed definition", () => {
  const files = exampleFolders().flatMap((example) => filesEndingWith(example, ".asl.json"));

  it("is there to read", () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files.map((file) => [basename(file), file]))("%s reads back and is written again byte for byte", async (_, file) => {
    const text = readFileSync(file, "utf8");
    const { workflow, diagnostics } = readWorkflow(sourceOf(text, basename(file, ".asl.json")));
    expect(diagnostics).toEqual([]);
    expect(await formatJson(aslDefinition(workflow!))).toBe(text);
  });
});
