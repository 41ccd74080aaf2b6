/**
 * The two ways aslc works out payloads agree: the type tsc computes for a chain at each state
 * (the DSL's types, what an author's editor shows) and the schema the compiler's flow computes
 * for that state at run time (`flowSchemas`, which handler contracts and reference checks read).
 *
 * Random workflows from the property generators (a fixed seed, a few dozen of each kind) are built
 * through a transcript (generators/builder-transcript.ts), which also writes the builder calls as
 * TypeScript source with a probe type for the payload before and after each state call. All the
 * sources are checked in one TypeScript program, and each probe's shape is compared with the
 * flow's input or output schema of that state (../support/payload-shape.ts says what "the same
 * shape" is). Where the two disagree on purpose, or on a known fault not fixed yet,
 * KNOWN_DISAGREEMENTS says why; the test checks that each one listed still occurs.
 *
 * JSONata workflows type-check whole. JSONPath workflows (input unknown) do not: their random paths
 * read fields that the payloads a template or a Result built do not have. A probe there counts only
 * when no error comes before the end of the top-level statement that holds it (past an error, the
 * types describe a workflow tsc refused).
 */
import path from "node:path";
import fc from "fast-check";
import ts from "typescript";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { buildWorkflow, processorOf, type StateNode, type WorkflowIR } from "@aslc/dsl";
import { flowSchemas } from "@aslc/compiler/internal";
import { flatMessage, repoCompilerOptions } from "../support/expect-error-directives.ts";
import { isCoarser, printShape, shapeOfSchema, shapeOfType, type Shape } from "../support/payload-shape.ts";
import { REPO } from "../support/temp-project.ts";
import { workflowFromPlan } from "./generators/build-workflow.ts";
import { transcribingWorkflow, type WorkflowSource } from "./generators/builder-transcript.ts";
import { jsonataWorkflowFromPlan } from "./generators/jsonata-build.ts";
import { jsonataWorkflowPlan } from "./generators/jsonata-workflow-plan.ts";
import { workflowPlanArbitrary } from "./generators/workflow-plan.ts";

const SEED = 20_261_206;
const JSONATA_WORKFLOWS = 24;
const JSONPATH_WORKFLOWS = 16;

interface Case {
  readonly label: string;
  readonly file: string;
  readonly source: WorkflowSource;
  readonly ir: WorkflowIR;
  /** Every probe counts (the source must type-check but for KNOWN_TYPE_ERRORS). */
  readonly whole: boolean;
}

interface Disagreement {
  readonly where: string;
  readonly types: Shape;
  readonly flow: Shape;
  readonly side: "input" | "output";
  /** More than one transition leads to the state, or to one it follows from. */
  readonly afterMerge: boolean;
  /** The flow already says unknown where the types know the kind at the state's input. */
  readonly inputFlowCoarser: boolean;
}

/**
 * Disagreements that are understood: what differs, and why. Each must still occur (a fix makes
 * its entry fail, and the entry goes).
 */
const KNOWN_DISAGREEMENTS: readonly { readonly reason: string; readonly matches: (d: Disagreement) => boolean }[] = [
  {
    reason:
      "By design the types give the value of a JSONata expression only when it is a reference ($states.input.…, $states.context.…, $name) or a literal; any other expression (a function call, an operator, an array constructor) is unknown, and so is a Map's item read from one, while the flow works these out (jsonata-functions.ts). Likewise a JSONPath path that may select several nodes (a wildcard, a slice, a union, descent) is unknown to the types and an array to the flow. The types then say unknown where the flow knows the kind, and nothing else differs.",
    matches: (d) => isCoarser(d.types, d.flow),
  },
  {
    reason:
      "A jump (goto, a Choice rule or a catcher naming its target) may bring a payload the types know nothing of (unknown) to a state declared earlier: the types accept it, since nothing proves it wrong, and keep the state's input as the chain declared it, while the flow unions every arrival and gets unknown. The flow then says unknown where the types know the kind, and nothing else differs.",
    matches: (d) => d.afterMerge && isCoarser(d.flow, d.types) && (d.side === "input" || d.inputFlowCoarser),
  },
];

/** Errors tsc reports in the generated sources that are understood, and why. */
const KNOWN_TYPE_ERRORS: readonly { readonly reason: string; readonly message: string }[] = [
  {
    reason: "the generator tests IsPresent on $, which the compiler accepts and the types refuse ($ is always there)",
    message: `Argument of type '"$"' is not assignable to parameter of type '"IsPresent tests an optional field, but $ is always present"'.`,
  },
];

const folder = path.join(REPO, ".tmp", `type-flow-parity-${process.pid}`);

function transcribed(label: string, input: string, build: (start: ReturnType<typeof transcribingWorkflow>["workflow"]) => unknown, whole: boolean): Case {
  const transcript = transcribingWorkflow(input);
  const ir = buildWorkflow(build(transcript.workflow) as never) as WorkflowIR;
  return { label, file: path.join(folder, `${label.replace(/\W+/g, "-")}.ts`), source: transcript.source(), ir, whole };
}

const cases: Case[] = [
  ...Array.from({ length: JSONATA_WORKFLOWS }, (_, i) =>
    transcribed(`JSONata plan ${SEED + i}`, "z.object({})", (start) => jsonataWorkflowFromPlan(jsonataWorkflowPlan(SEED + i), start), true),
  ),
  ...fc
    .sample(workflowPlanArbitrary(), { seed: SEED, numRuns: JSONPATH_WORKFLOWS })
    .map((plan, i) => transcribed(`JSONPath plan ${i + 1}`, "z.unknown()", (start) => workflowFromPlan(plan, z.unknown(), start).chain, false)),
];

/** One program for every generated source, served from memory beside the repository's node_modules. */
function typeProgram(): ts.Program {
  const options = repoCompilerOptions(path.join(REPO, "tsconfig.json"));
  const texts = new Map(cases.map((c) => [c.file, c.source.text]));
  const host = ts.createCompilerHost(options, true);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => texts.has(file) || fileExists.call(host, file);
  host.readFile = (file) => texts.get(file) ?? readFile.call(host, file);
  host.getSourceFile = (file, language, onError, create) => {
    const text = texts.get(file);
    return text === undefined ? getSourceFile.call(host, file, language, onError, create) : ts.createSourceFile(file, text, language, true);
  };
  return ts.createProgram({ rootNames: [...texts.keys()], options, host });
}

function aliases(file: ts.SourceFile): Map<string, ts.TypeAliasDeclaration> {
  const found = new Map<string, ts.TypeAliasDeclaration>();
  const visit = (node: ts.Node): void => {
    if (ts.isTypeAliasDeclaration(node)) found.set(node.name.text, node);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/**
 * The states at or after a merge, a state more than one transition enters (a Choice's branches
 * converging, a goto, a Choice rule or a catcher naming an earlier state), states of the branches
 * and item processors below them included.
 */
function statesAfterMerges(ir: WorkflowIR): Set<string> {
  const arrivals = new Map<string, number>();
  const successors = new Map<string, string[]>();
  const arrive = (name: string) => arrivals.set(name, (arrivals.get(name) ?? 0) + 1);
  const visit = (machine: { readonly startAt: string; readonly states: readonly StateNode[] }): void => {
    arrive(machine.startAt);
    for (const state of machine.states) {
      const next: string[] = [];
      if ("transition" in state && state.transition.next !== undefined) next.push(state.transition.next);
      if (state.type === "Choice") next.push(...state.choices.map((rule) => rule.next), ...(state.default === undefined ? [] : [state.default]));
      if ("catch" in state) next.push(...(state.catch ?? []).map((catcher) => catcher.next));
      next.forEach(arrive);
      const inner = state.type === "Parallel" ? state.branches : state.type === "Map" ? [processorOf(state)] : [];
      successors.set(state.name, [...next, ...inner.map((machine) => machine.startAt)]);
      inner.forEach(visit);
    }
  };
  visit(ir);
  const reached = new Set<string>();
  const pending = [...arrivals].filter(([, count]) => count > 1).map(([name]) => name);
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (reached.has(name)) continue;
    reached.add(name);
    pending.push(...(successors.get(name) ?? []));
  }
  return reached;
}

const isKnownTypeError = (diagnostic: ts.Diagnostic) => KNOWN_TYPE_ERRORS.some((k) => k.message === flatMessage(diagnostic));

/** Where the first error not listed in KNOWN_TYPE_ERRORS is (Infinity when there is none). */
function firstError(program: ts.Program, file: ts.SourceFile): number {
  const starts = ts.getPreEmitDiagnostics(program, file).filter((d) => !isKnownTypeError(d)).map((d) => d.start ?? 0);
  return Math.min(Infinity, ...starts);
}

/** The end of the statement of `build()` that holds the node (a callback's chain is typed with its whole call). */
function topStatementEnd(node: ts.Node): number {
  let current = node;
  while (!ts.isFunctionDeclaration(current.parent.parent)) current = current.parent;
  return current.end;
}

/** Checking the sources is most of the work: a few dozen random workflows take tsc a while on a busy machine. */
const TYPE_CHECK_TIMEOUT = 300_000;

describe("payload types and the schema flow", { timeout: TYPE_CHECK_TIMEOUT }, () => {
  const program = typeProgram();
  const checker = program.getTypeChecker();

  it(`agree on the payload at each state of ${JSONATA_WORKFLOWS} JSONata and ${JSONPATH_WORKFLOWS} JSONPath random workflows`, () => {
    const disagreements: Disagreement[] = [];
    const compared = { JSONata: 0, JSONPath: 0 };
    for (const c of cases) {
      const file = program.getSourceFile(c.file)!;
      const declared = aliases(file);
      const refusedFrom = firstError(program, file);
      const flow = flowSchemas(c.ir);
      const afterMerges = statesAfterMerges(c.ir);
      const inputsFlowCoarser = new Set<string>();
      for (const probe of c.source.probes) {
        const alias = declared.get(probe.alias)!;
        if (!c.whole && topStatementEnd(alias) > refusedFrom) continue;
        const record = flow.states.get(probe.state);
        if (!record) throw new Error(`${c.label}: the flow has no state '${probe.state}'`);
        const types = shapeOfType(checker, checker.getTypeAtLocation(alias.name));
        const schema = shapeOfSchema(probe.side === "input" ? record.input : record.output);
        compared[c.whole ? "JSONata" : "JSONPath"] += 1;
        if (printShape(types) === printShape(schema)) continue;
        if (probe.side === "input" && isCoarser(schema, types)) inputsFlowCoarser.add(probe.state);
        disagreements.push({
          where: `${c.label}, ${probe.side} of '${probe.state}'`,
          types,
          flow: schema,
          side: probe.side,
          afterMerge: afterMerges.has(probe.state),
          inputFlowCoarser: inputsFlowCoarser.has(probe.state),
        });
      }
    }
    // Enough probes of each kind count, and most agree exactly: the known disagreements are exceptions.
    expect(compared.JSONata).toBeGreaterThan(JSONATA_WORKFLOWS * 20);
    expect(compared.JSONPath).toBeGreaterThan(JSONPATH_WORKFLOWS);
    expect(disagreements.length).toBeLessThan((compared.JSONata + compared.JSONPath) / 2);
    const unexplained = disagreements.filter((d) => !KNOWN_DISAGREEMENTS.some((k) => k.matches(d)));
    expect(unexplained.map((d) => `${d.where}\n  types: ${printShape(d.types)}\n  flow:  ${printShape(d.flow)}`)).toEqual([]);
    expect(KNOWN_DISAGREEMENTS.filter((k) => !disagreements.some(k.matches)).map((k) => k.reason)).toEqual([]);
  });

  it("type-check the JSONata sources, but for the errors listed", () => {
    const messages = cases.filter((c) => c.whole).flatMap((c) => ts.getPreEmitDiagnostics(program, program.getSourceFile(c.file)).map(flatMessage));
    expect([...new Set(messages)].filter((m) => !KNOWN_TYPE_ERRORS.some((k) => k.message === m))).toEqual([]);
    expect(KNOWN_TYPE_ERRORS.filter((k) => !messages.includes(k.message)).map((k) => k.reason)).toEqual([]);
  });
});
