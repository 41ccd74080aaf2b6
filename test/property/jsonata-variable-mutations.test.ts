/**
 * Seeded mutations of random JSONata workflows: one state of each is made to read a variable no
 * state assigns, and the compiler must report that read (ASLC146) on that state and no other,
 * while the workflow it came from compiles clean. The read is written in the state's own
 * language: `{% $neverAssigned %}` in a JSONata state, a `$neverAssigned` path in a JSONPath one.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildWorkflow, type Json, type StateNode, type WorkflowIR } from "@aslc/dsl";
import { validateWorkflow } from "@aslc/compiler";
import { jsonataWorkflowFromPlan } from "./generators/jsonata-build.ts";
import { jsonataWorkflowPlan } from "./generators/jsonata-workflow-plan.ts";

const SEED = Number(process.env.ASLC_PROPERTY_SEED ?? 20_261_123);
const RUNS = 150;
const ASSIGNING = new Set<StateNode["type"]>(["Pass", "Task", "Wait", "Choice", "Parallel", "Map"]);

/** The state with one more Assign entry that reads `$neverAssigned`. */
function withUnassignedRead(state: StateNode, language: string): StateNode {
  const read: Record<string, Json> = language === "JSONata" ? { probe: "{% $neverAssigned %}" } : { "probe.$": "$neverAssigned" };
  const assign = { ...((state as { assign?: Record<string, Json> }).assign ?? {}), ...read };
  return { ...state, assign } as StateNode;
}

describe("random JSONata workflows with a read of an unassigned variable", () => {
  it(`report it on the state that reads it (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.nat(), (planSeed, pick) => {
        const ir = buildWorkflow(jsonataWorkflowFromPlan(jsonataWorkflowPlan(planSeed)));
        expect(validateWorkflow(ir).filter((d) => d.code === "ASLC146")).toEqual([]);
        const candidates = ir.states.filter((s) => ASSIGNING.has(s.type));
        if (candidates.length === 0) return;
        const target = candidates[pick % candidates.length]!;
        const language = target.queryLanguage ?? ir.queryLanguage ?? "JSONPath";
        const mutated: WorkflowIR = { ...ir, states: ir.states.map((s) => (s === target ? withUnassignedRead(s, language) : s)) };
        const reads = validateWorkflow(mutated).filter((d) => d.code === "ASLC146");
        expect(reads.map((d) => d.state), `plan seed ${planSeed}, state '${target.name}'`).toEqual([target.name]);
        expect(reads[0]!.message).toContain("$neverAssigned");
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
