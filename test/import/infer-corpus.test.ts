/**
 * The inferred schemas hold for every definition of the corpus that Step Functions takes: with
 * the inferred input and results declared, the compiler's schema flow finds every path the
 * definition reads, and its checks (ASLC150/151/152, requests) pass, wherever they did with
 * nothing declared.
 */
import { expect, it } from "vitest";
import { z, type ZodType } from "zod";
import type { StateNode, SubMachine, WorkflowIR } from "@aslc/dsl";
import { inferSchemas, type InferredSchemas } from "../../packages/compiler/src/import/infer-schemas.ts";
import { flowSchemas } from "../../packages/compiler/src/schema/flow.ts";
import { validateWorkflow } from "../../packages/compiler/src/validate/index.ts";
import { describeWithCorpus, readDefinition, readManifest } from "../corpus/corpus-files.ts";
import { readIr } from "./infer-ir.ts";

/**
 * Definitions whose inferred schemas make the flow report something it did not report with
 * nothing declared, and why that is the definition's doing (they are counted apart).
 */
const KNOWN: { readonly [file: string]: string } = Object.fromEntries(
  ["base_id_activity_consumer", "base_id_activity_consumer_fail", "base_id_activity_consumer_timeout", "heartbeat_id_activity_consumer"].map((name) => [
    `localstack-sfn-templates/tests_aws_services_stepfunctions_templates_activities_statemachines_${name}.json`,
    "the Wait's OutputPath $.ActivityArn hands the ARN text back to GetActivityTask, which reads $.ActivityArn of it and writes its ResultPath into it: " +
      "with a typed input the payload nests deeper on every pass, and at run time the second pass fails (a path into a string selects nothing: States.Runtime)",
  ]),
);

/** At least this many definitions get an input schema that says more than unknown. */
const MINIMUM_TYPED_INPUTS = 230;

describeWithCorpus("schemas inferred for the corpus", (folder) => {
  const manifest = readManifest(folder);
  const eligible = [...manifest.values()].filter((row) => row.expected_valid !== "no" && row.refs_ok === "yes");

  it("make no path a definition reads fail in the schema flow", () => {
    const failures: string[] = [];
    let typedInputs = 0;
    let withResults = 0;
    const unread: string[] = [];
    let known = 0;
    for (const row of eligible) {
      const ir = readIr(readDefinition(folder, row.file!), "Corpus");
      if (!ir) {
        unread.push(row.file!);
        continue;
      }
      const before = new Set(problemsOf(ir));
      const inferred = inferSchemas(ir);
      if (z.unknown() !== inferred.input && inferred.input._zod.def.type !== "unknown") typedInputs++;
      if (inferred.results.size > 0) withResults++;
      const added = problemsOf(declared(ir, inferred)).filter((problem) => !before.has(problem));
      if (added.length > 0 && KNOWN[row.file!]) known++;
      else if (added.length > 0) failures.push(`${row.file}: ${added.join("; ")}`);
    }
    const read = eligible.length - unread.length;
    console.log(`${eligible.length} definitions (${unread.length} not read: ${unread.join("; ")}): ${typedInputs} with a typed input, ${withResults} with typed results, ${read - failures.length - known} of ${read} flow without a new problem, ${known} known`);
    expect(failures).toEqual([]);
    expect(typedInputs).toBeGreaterThanOrEqual(MINIMUM_TYPED_INPUTS);
  });
});

/** What the schema flow and the compiler's checks (field references, requests, …) report for a workflow. */
function problemsOf(workflow: WorkflowIR): string[] {
  const flow = flowSchemas(workflow);
  return [
    ...flow.problems.map((p) => `${p.state}: ${p.message}`),
    ...[...flow.states.values()].flatMap((s) => (s.fieldMisses ?? []).map((m) => `${s.name}: ${m.field}: ${m.path}: ${m.message}`)),
    ...validateWorkflow(workflow).map((d) => `${d.code} ${d.message}`),
  ];
}

/** The workflow with the inferred input and task results declared. */
function declared(workflow: WorkflowIR, inferred: InferredSchemas): WorkflowIR {
  const state = (node: StateNode): StateNode => {
    if (node.type === "Task") return inferred.results.has(node.name) ? { ...node, resultSchema: inferred.results.get(node.name) as ZodType } : node;
    if (node.type === "Parallel") return { ...node, branches: node.branches.map(machine) };
    if (node.type === "Map") return { ...node, ...(node.itemProcessor ? { itemProcessor: { ...node.itemProcessor, ...machine(node.itemProcessor) } } : {}) };
    return node;
  };
  const machine = (m: SubMachine): SubMachine => ({ ...m, states: m.states.map(state) });
  return { ...workflow, inputSchema: inferred.input, states: workflow.states.map(state) };
}
