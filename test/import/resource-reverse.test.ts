/**
 * The reverse property for resources: every Task of the random workflows the DSL builds (JSONPath
 * and JSONata), read back as the reader reads it (the Resource classified from its text), gets a
 * typed helper call from `resourceCallFor` unless its Resource is a `${Name}` placeholder (without
 * DefinitionSubstitutions nothing says what it stands for) or an activity; and that call, written
 * as the importer writes it, emits the same Resource and request.
 */
import fc from "fast-check";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { allStates, buildWorkflow, type TaskNode, type WorkflowIR } from "@aslc/dsl";
import { integrationFromArn } from "@aslc/dsl/internal";
import { aslDefinition } from "@aslc/compiler";
import { resourceCallFor } from "../../packages/compiler/src/import/resource-call-for.ts";
import { corpusTasks } from "../corpus/task-resources.ts";
import { workflowFromPlan } from "../property/generators/build-workflow.ts";
import { jsonataWorkflowFromPlan } from "../property/generators/jsonata-build.ts";
import { jsonataWorkflowPlan } from "../property/generators/jsonata-workflow-plan.ts";
import { workflowPlanArbitrary } from "../property/generators/workflow-plan.ts";
import { emitted, workOf, type Language } from "./resource-rebuild.ts";

const SEED = 20_261_206;
const RUNS = 150;

/** Resources that say nothing of the work they stand for, or have no helper. */
const STAYS_TEXT = [/^\$\{[^}]+\}$/, /^arn:aws:states:[^:]+:[^:]+:activity:/];

interface Outcome {
  typed: number;
  readonly problems: string[];
}

function checkWorkflow(ir: WorkflowIR, label: string, outcome: Outcome): void {
  const written = new Map(corpusTasks(aslDefinition(ir)).map(({ name, state }) => [name, state]));
  for (const state of allStates(ir)) {
    if (state.type !== "Task") continue;
    const language: Language = state.queryLanguage ?? ir.queryLanguage ?? "JSONPath";
    // As the reader gives it: what the helper knew of the work is gone, only the Resource's text is left.
    const read = { ...state, integration: integrationFromArn(state.resource).info } as TaskNode;
    const call = resourceCallFor(read, undefined, { queryLanguage: language });
    const where = `${label} '${state.name}' (${state.resource})`;
    if (call === undefined) {
      if (!STAYS_TEXT.some((pattern) => pattern.test(state.resource))) outcome.problems.push(`${where}: no call`);
      continue;
    }
    outcome.typed++;
    const asl = written.get(state.name)!;
    const rebuilt = workOf(emitted(call, asl, language));
    if (!isDeepStrictEqual(rebuilt, workOf(asl))) outcome.problems.push(`${where}: ${call.resource} gives ${JSON.stringify(rebuilt)}, not ${JSON.stringify(workOf(asl))}`);
  }
}

describe("resource calls for the random workflows' tasks", () => {
  it(`give back a helper that emits the same work (JSONPath, ${RUNS} workflows)`, () => {
    const outcome: Outcome = { typed: 0, problems: [] };
    fc.sample(workflowPlanArbitrary(), { seed: SEED, numRuns: RUNS }).forEach((plan, i) => checkWorkflow(buildWorkflow(workflowFromPlan(plan).chain), `plan ${i + 1}`, outcome));
    expect(outcome.problems).toEqual([]);
    console.info(`JSONPath: ${outcome.typed} tasks typed`);
    expect(outcome.typed).toBeGreaterThan(RUNS);
  });

  it(`give back a helper that emits the same work (JSONata, ${RUNS} workflows)`, () => {
    const outcome: Outcome = { typed: 0, problems: [] };
    for (let i = 0; i < RUNS; i++) checkWorkflow(buildWorkflow(jsonataWorkflowFromPlan(jsonataWorkflowPlan(SEED + i))), `JSONata plan ${SEED + i}`, outcome);
    expect(outcome.problems).toEqual([]);
    console.info(`JSONata: ${outcome.typed} tasks typed`);
    expect(outcome.typed).toBeGreaterThan(RUNS / 2);
  });
});
