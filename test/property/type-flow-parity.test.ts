/**
 * The two ways aslc works out payloads agree: the type tsc computes for a chain at each state
 * (the DSL's types, what an author's editor shows) and the schema the compiler's flow computes
 * for that state at run time (`flowSchemas`, which handler contracts and reference checks read).
 *
 * Over random JSONata workflows (a fixed seed, a few dozen plans), each plan is written as
 * TypeScript source with a probe type for the payload before and after each state call
 * (generators/jsonata-source.ts), all sources are checked in one TypeScript program, and each
 * probe's shape is compared with the flow's input or output schema of that state (see
 * ../support/payload-shape.ts for what "the same shape" means). Where the two disagree on
 * purpose, or on a known fault not fixed yet, KNOWN_DISAGREEMENTS says why; the test checks
 * that each one listed still occurs, so the list stays true.
 */
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { buildWorkflow, type WorkflowIR } from "@aslc/dsl";
import { flowSchemas } from "@aslc/compiler";
import { flatMessage, repoCompilerOptions } from "../support/expect-error-directives.ts";
import { isCoarser, printShape, shapeOfSchema, shapeOfType, type Shape } from "../support/payload-shape.ts";
import { REPO } from "../support/temp-project.ts";
import { jsonataWorkflowFromPlan } from "./generators/jsonata-build.ts";
import { jsonataWorkflowSource, type WorkflowSource } from "./generators/jsonata-source.ts";
import { jsonataWorkflowPlan } from "./generators/jsonata-workflow-plan.ts";

const FIRST_SEED = 20_261_206;
const WORKFLOWS = 40;

interface Case {
  readonly seed: number;
  readonly file: string;
  readonly source: WorkflowSource;
  readonly ir: WorkflowIR;
}

interface Disagreement {
  readonly where: string;
  readonly types: Shape;
  readonly flow: Shape;
}

/**
 * Disagreements that are understood: what differs, and why. Each must still occur (a fix makes
 * its entry fail, and the entry goes).
 */
const KNOWN_DISAGREEMENTS: readonly { readonly reason: string; readonly matches: (d: Disagreement) => boolean }[] = [
  {
    reason:
      "By design the types give the value of an expression only when it is a reference ($states.input.…, $states.context.…, $name) or a literal; any other expression (a function call, an operator, an array constructor) is unknown, and so is a Map's item read from one, while the flow works these out (jsonata-functions.ts). The types then say unknown where the flow knows the kind, and nothing else differs.",
    matches: (d) => isCoarser(d.types, d.flow),
  },
  {
    reason:
      "A fault in the types: a Succeed state ends a Parallel branch or a Map iteration with its output, which is that branch's result (AWS: the Succeed state \"ends a branch of a Parallel workflow state, or ends an iteration of a Map workflow state\"), and the flow counts it. The types treat a chain that ended as handing on nothing (never): a branch's result leaves out what its Succeed states give. Fixing it means an ended chain carries what its Succeed states output, through Choice branches too (chain-types.ts, BranchResults).",
    matches: (d) => !isCoarser(d.types, d.flow) && isCoarser(d.types, d.flow, true),
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
const cases: Case[] = Array.from({ length: WORKFLOWS }, (_, i) => {
  const seed = FIRST_SEED + i;
  const plan = jsonataWorkflowPlan(seed);
  return { seed, file: path.join(folder, `workflow-${seed}.ts`), source: jsonataWorkflowSource(plan), ir: buildWorkflow(jsonataWorkflowFromPlan(plan)) as WorkflowIR };
});

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

describe("payload types and the schema flow", () => {
  const program = typeProgram();
  const checker = program.getTypeChecker();

  it(`agree on the payload at every state of ${WORKFLOWS} random JSONata workflows`, () => {
    const disagreements: Disagreement[] = [];
    let compared = 0;
    for (const c of cases) {
      const file = program.getSourceFile(c.file)!;
      const declared = aliases(file);
      const flow = flowSchemas(c.ir);
      for (const probe of c.source.probes) {
        const record = flow.states.get(probe.state);
        if (!record) throw new Error(`seed ${c.seed}: the flow has no state '${probe.state}'`);
        const types = shapeOfType(checker, checker.getTypeAtLocation(declared.get(probe.alias)!.name));
        const schema = shapeOfSchema(probe.side === "input" ? record.input : record.output);
        compared += 1;
        if (printShape(types) !== printShape(schema)) disagreements.push({ where: `seed ${c.seed}, ${probe.side} of '${probe.state}'`, types, flow: schema });
      }
    }
    // Most probes agree exactly: the known disagreements are exceptions, not the rule.
    expect(compared).toBeGreaterThan(WORKFLOWS * 20);
    expect(disagreements.length).toBeLessThan(compared / 2);
    const unexplained = disagreements.filter((d) => !KNOWN_DISAGREEMENTS.some((k) => k.matches(d)));
    expect(unexplained.map((d) => `${d.where}\n  types: ${printShape(d.types)}\n  flow:  ${printShape(d.flow)}`)).toEqual([]);
    expect(KNOWN_DISAGREEMENTS.filter((k) => !disagreements.some(k.matches)).map((k) => k.reason)).toEqual([]);
  });

  it("type-check the generated sources, but for the errors listed", () => {
    const messages = cases.flatMap((c) => ts.getPreEmitDiagnostics(program, program.getSourceFile(c.file)).map(flatMessage));
    expect([...new Set(messages)].filter((m) => !KNOWN_TYPE_ERRORS.some((k) => k.message === m))).toEqual([]);
    expect(KNOWN_TYPE_ERRORS.filter((k) => !messages.includes(k.message)).map((k) => k.reason)).toEqual([]);
  });
});
