/**
 * The workflows whose type-check cost is measured, each shape at three sizes: linear chains,
 * Choice-heavy graphs, growing payloads (a new field per task), workflows over a 200-field deep
 * schema and over a wide discriminated union; and for each schema a baseline with the same
 * imports and schema but no states (its cost is subtracted to get the cost per state).
 *
 * Each workflow is written as its own file with a tsconfig that checks that file alone.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { choiceWorkflow } from "./workflows/choice.ts";
import { COMPILER_OPTIONS } from "./workflows/compiler-options.ts";
import { deepBaseline, deepWorkflow } from "./workflows/deep.ts";
import { growingWorkflow } from "./workflows/growing.ts";
import { linearWorkflow } from "./workflows/linear.ts";
import { ORDER_SCHEMA, ORDER_SCHEMA_NAME } from "./workflows/order-schema.ts";
import { workflowFile } from "./workflows/source.ts";
import { wideUnionBaseline, wideUnionWorkflow } from "./workflows/wide-union.ts";

export type Shape = "linear" | "choice" | "growing" | "deep" | "wide-union";

/** Every shape, in the order the tables list them. */
export const SHAPES: readonly Shape[] = ["linear", "choice", "growing", "deep", "wide-union"];

export interface WorkflowCase {
  readonly name: string;
  /** Baselines have no shape: they are only subtracted. */
  readonly shape: Shape | "baseline";
  readonly states: number;
  /** The case whose cost is subtracted from this one. */
  readonly baseline?: string;
  readonly source: string;
}

export const SIZES = [20, 100, 300] as const;

export function workflowCases(): WorkflowCase[] {
  const cases: WorkflowCase[] = [
    { name: "baseline", shape: "baseline", states: 0, source: workflowFile("Baseline", ORDER_SCHEMA_NAME, ORDER_SCHEMA, []) },
    { name: "baseline-deep", shape: "baseline", states: 0, source: deepBaseline() },
    { name: "baseline-wide-union", shape: "baseline", states: 0, source: wideUnionBaseline() },
  ];
  const shapes: readonly [Shape, string, (n: number) => string][] = [
    ["linear", "baseline", linearWorkflow],
    ["choice", "baseline", choiceWorkflow],
    ["growing", "baseline", growingWorkflow],
    ["deep", "baseline-deep", deepWorkflow],
    ["wide-union", "baseline-wide-union", wideUnionWorkflow],
  ];
  for (const [shape, baseline, source] of shapes) {
    for (const n of SIZES) cases.push({ name: `${shape}-${n}`, shape, states: n, baseline, source: source(n) });
  }
  return cases;
}

/** Writes each case and its tsconfig into `dir` (emptied first); returns the tsconfig paths by case name. */
export function writeWorkflowCases(dir: string, cases: readonly WorkflowCase[]): Map<string, string> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const configs = new Map<string, string>();
  for (const c of cases) {
    writeFileSync(join(dir, `${c.name}.ts`), c.source);
    const config = join(dir, `tsconfig.${c.name}.json`);
    writeFileSync(config, `${JSON.stringify({ compilerOptions: COMPILER_OPTIONS, files: [`${c.name}.ts`] }, null, 2)}\n`);
    configs.set(c.name, config);
  }
  return configs;
}
