/**
 * The files the editor benchmark edits, each with its same-imports no-states baseline, and the
 * places in them where it asks for completions and quick info.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { growingWorkflow } from "../workflows/growing.ts";
import { ORDER_SCHEMA, ORDER_SCHEMA_NAME } from "../workflows/order-schema.ts";
import { workflowFile } from "../workflows/source.ts";

export interface Scenario {
  readonly name: string;
  readonly source: string;
  readonly baseline: string;
  /**
   * A field of the payload (written as a path) that the completions of the workflow's paths
   * must offer: an answer without it is not the one an author waits for.
   */
  readonly field: string;
  /** Stand-in builders the same source is also checked against (none where the workflow calls more than they have). */
  readonly references: readonly Reference[];
}

/**
 * A stand-in for the DSL (bench/editor/reference/) that the workflow's own text is checked
 * against in a reference row: what TypeScript charges for the chain's calls without the DSL's
 * types, measured beside the DSL's figures in the same run.
 */
export interface Reference {
  readonly name: string;
  /** The stand-in module's file. */
  readonly module: string;
}

/** The stand-ins for the growing-payload workflows, which call only what these declare. */
const GROWING_REFERENCES: readonly Reference[] = [
  { name: "plain calls", module: fileURLToPath(new URL("./reference/plain-calls.ts", import.meta.url)) },
  { name: "generic calls", module: fileURLToPath(new URL("./reference/generic-calls.ts", import.meta.url)) },
];

const DSL_IMPORT = `from "@aslc/dsl"`;

/** The workflow's text, to be written in folder `dir`, importing its builder from the stand-in instead of the DSL. */
export function againstStandIn(source: string, reference: Reference, dir: string): string {
  if (!source.includes(DSL_IMPORT)) throw new Error(`the workflow no longer imports the DSL with: ${DSL_IMPORT}`);
  const path = relative(dir, reference.module);
  return source.replace(DSL_IMPORT, `from ${JSON.stringify(path.startsWith(".") ? path : `./${path}`)}`);
}

/** Where each operation is asked: offsets into the source. */
export interface Positions {
  /** Where a one-character edit goes: the start of a link in the middle of the chain. */
  readonly edit: number;
  /** Just after `"$.` in a state's `resultPath`, in the middle of the chain (or in a string of the baseline). */
  readonly path: number;
  /** Just after `"$.` in a Choice rule's condition (`c.stringEquals("$.`), nearest the middle (or in a string of the baseline). */
  readonly choicePath: number;
  /** Just after `goto("` (or in a string of the baseline). */
  readonly goto: number;
  /** On the method name of a link in the middle of the chain (or on `workflow` in the baseline). */
  readonly quickInfo: number;
}

/**
 * A growing-payload workflow (bench/workflows/growing.ts) whose middle Choice's first rule jumps
 * back to the first state with goto, so that there is a goto target to complete.
 */
function growingScenario(states: number): Scenario {
  const source = growingWorkflow(states);
  const choices = [...source.matchAll(/\(b\) => b\.fail\("Reject\d+", \{ error: "Rejected", cause: "A step rejected the order" \}\)/g)];
  const middle = choices[Math.floor(choices.length / 2)]!;
  const withGoto = `${source.slice(0, middle.index)}(b) => b.goto("Step0")${source.slice(middle.index + middle[0].length)}`;
  return { name: `growing-${states}`, source: withGoto, baseline: workflowFile("Baseline", ORDER_SCHEMA_NAME, ORDER_SCHEMA, []), field: "$.orderId", references: GROWING_REFERENCES };
}

const EXAMPLE = fileURLToPath(new URL("../../examples/order-processing/order-processing.workflow.ts", import.meta.url));

/**
 * The order-processing example as its author wrote it (about twenty states: Choices, a callback
 * task with a Catch, a Distributed Map, Parallel), with the rejecting Default of its last Choice
 * made a goto back to the approval Choice. The baseline keeps its imports, schemas and constants
 * and starts the workflow with no states.
 */
function exampleScenario(): Scenario {
  const text = readFileSync(EXAMPLE, "utf8");
  const rejected = `.otherwise((b) => b.fail("OrderRejected", { error: "OrderRejected", cause: "A reviewer rejected the order" }))`;
  if (!text.includes(rejected)) throw new Error(`the order-processing example no longer has: ${rejected}`);
  const source = text.replace(rejected, `.otherwise((b) => b.goto("NeedsApproval"))`);
  const start = text.indexOf("export default workflow(");
  const header = /export default workflow\(("[^"]+"), \{ input: (\w+)/.exec(text)!;
  const baseline = `${text.slice(0, start)}export default workflow(${header[1]}, { input: ${header[2]} });\n`;
  return { name: "order-processing", source, baseline, field: "$.orderId", references: [] };
}

export function scenarios(): Scenario[] {
  return [growingScenario(50), growingScenario(100), exampleScenario()];
}

function after(source: string, marker: string, from: number): number {
  const at = source.indexOf(marker, from);
  if (at < 0) throw new Error(`no ${JSON.stringify(marker)} after offset ${from}`);
  return at + marker.length;
}

/** Just after the match of `pattern` (a global regular expression) nearest `from`, before or after it. */
function nearest(source: string, pattern: RegExp, from: number): number {
  const ends = [...source.matchAll(pattern)].map((match) => match.index + match[0].length);
  if (ends.length === 0) throw new Error(`no ${pattern} in the source`);
  return ends.reduce((best, end) => (Math.abs(end - from) < Math.abs(best - from) ? end : best));
}

/** The positions in a workflow: each the first of its kind after the chain's middle (a Choice's condition: the nearest). */
export function workflowPositions(source: string): Positions {
  const chainStart = source.indexOf("export default workflow(");
  const middle = chainStart + Math.floor((source.length - chainStart) / 2);
  const edit = after(source, "\n  .", middle) - 1;
  return {
    edit,
    path: after(source, `resultPath: "$.`, middle),
    choicePath: nearest(source, /\bc\.\w+\("\$\./g, middle),
    goto: after(source, `goto("`, chainStart),
    quickInfo: edit + 1,
  };
}

/** The positions in a baseline: the workflow's name string and the `workflow` call. */
export function baselinePositions(source: string): Positions {
  const call = source.indexOf("export default workflow(");
  const name = call + "export default workflow(".length + 1;
  return { edit: call, path: name, choicePath: name, goto: name, quickInfo: call + "export default ".length };
}
