/**
 * Keystroke latency in the editor: drives the TypeScript language service (the engine behind
 * tsserver and every editor) over growing-payload workflows of 50 and 100 states and the
 * order-processing example, each beside a baseline with the same imports and schemas and no
 * states, all in one run. After a one-character edit in the middle of the chain it times, each
 * on a fresh edit:
 *   diagnostics  getSemanticDiagnostics for the file
 *   path         getCompletionsAtPosition just after `"$.` in a path string
 *   goto         getCompletionsAtPosition just after `goto("`
 *   quick info   getQuickInfoAtPosition on a state's method in the chain
 * Targets: each at most 300 ms, and at most 3 times the same operation on the baseline. Prints
 * every figure (median of BENCH_RUNS, default 3, after one warm-up), then exits non-zero on a miss.
 *
 * Figures are the CPU time this process spent on the operation (the language service runs in
 * it, synchronously): on an idle machine that is the latency an editor sees, and on a busy one
 * it leaves out the time spent waiting for a core. Wall time is printed beside it.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openFile } from "./editor/language-service.ts";
import { baselinePositions, scenarios, workflowPositions, type Positions } from "./editor/scenarios.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Git-ignored, and inside the repository so that node_modules resolves "@aslc/dsl" and "zod". */
const DIR = join(ROOT, ".tmp", "bench-editor");
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGET_MS = 300;
const TARGET_RATIO = 3;

type Operation = "diagnostics" | "path" | "goto" | "quick info";
const OPERATIONS: readonly Operation[] = ["diagnostics", "path", "goto", "quick info"];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

type Figures = Record<Operation, number> & { errors: number; cold: number; wall: Record<Operation, number> };

/** CPU milliseconds per operation (and wall milliseconds), each timed right after its own one-character edit. */
function measure(fileName: string, source: string, at: Positions): Figures {
  writeFileSync(fileName, source);
  const file = openFile(fileName, source);
  const coldStart = performance.now();
  const errors = file.service.getSemanticDiagnostics(fileName).length;
  const cold = performance.now() - coldStart;
  let edits = 0;
  // A space toggled before the link at `at.edit`: offsets after it move by one, so ask at the same
  // places only after an edit that removes it (the odd edits insert it, the even ones remove it).
  const edited = () => {
    edits++;
    const inserted = edits % 2 === 1;
    file.setText(inserted ? `${source.slice(0, at.edit)} ${source.slice(at.edit)}` : source);
    return inserted ? 1 : 0;
  };
  const operations: Record<Operation, (shift: number) => unknown> = {
    diagnostics: () => file.service.getSemanticDiagnostics(fileName),
    path: (shift) => file.service.getCompletionsAtPosition(fileName, at.path + (at.path > at.edit ? shift : 0), {}),
    goto: (shift) => file.service.getCompletionsAtPosition(fileName, at.goto + (at.goto > at.edit ? shift : 0), {}),
    "quick info": (shift) => file.service.getQuickInfoAtPosition(fileName, at.quickInfo + (at.quickInfo >= at.edit ? shift : 0)),
  };
  const result = { errors, cold, wall: {} } as Figures;
  for (const op of OPERATIONS) {
    const times: number[] = [];
    const walls: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const shift = edited();
      const started = performance.now();
      const cpu = process.cpuUsage();
      operations[op](shift);
      const used = process.cpuUsage(cpu);
      // The first run warms the JIT up for this operation; it is not counted.
      if (run > 0) {
        times.push((used.user + used.system) / 1000);
        walls.push(performance.now() - started);
      }
    }
    result[op] = median(times);
    result.wall[op] = median(walls);
  }
  file.dispose();
  return result;
}

function main(): number {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  console.log(`Language-service latency after a one-character edit (files in ${DIR}), median of ${RUNS}`);
  console.log(`load average at start: ${loadavg()[0]!.toFixed(2)}\n`);
  const header = `${"workflow".padEnd(18)} ${"operation".padEnd(12)} ${"cpu ms".padStart(8)} ${"baseline".padStart(9)} ${"ratio".padStart(7)}  verdict  ${"wall ms".padStart(8)} ${"baseline".padStart(9)}`;
  console.log(header);
  console.log("-".repeat(header.length));
  const misses: string[] = [];
  const broken: string[] = [];
  for (const s of scenarios()) {
    const base = measure(join(DIR, `${s.name}.baseline.ts`), s.baseline, baselinePositions(s.baseline));
    const ours = measure(join(DIR, `${s.name}.ts`), s.source, workflowPositions(s.source));
    if (ours.errors > 0 || base.errors > 0) broken.push(`${s.name}: ${ours.errors} error(s), baseline ${base.errors}`);
    for (const op of OPERATIONS) {
      const ratio = ours[op] / base[op];
      const ok = ours[op] <= TARGET_MS && ratio <= TARGET_RATIO;
      if (!ok) misses.push(`${s.name} ${op}`);
      console.log(
        `${s.name.padEnd(18)} ${op.padEnd(12)} ${ours[op].toFixed(0).padStart(8)} ${base[op].toFixed(0).padStart(9)} ${`${ratio.toFixed(2)}x`.padStart(7)}  ${(ok ? "ok" : "MISSED").padEnd(7)}  ${ours.wall[op].toFixed(0).padStart(8)} ${base.wall[op].toFixed(0).padStart(9)}`,
      );
    }
    console.log(`${s.name.padEnd(18)} ${"(first check, wall)".padEnd(12)} ${ours.cold.toFixed(0).padStart(8)} ${base.cold.toFixed(0).padStart(9)}`);
  }
  console.log(`\nload average at end: ${loadavg()[0]!.toFixed(2)}; targets: each at most ${TARGET_MS} ms and ${TARGET_RATIO}x the baseline`);
  if (broken.length > 0) console.log(`\nFiles with type errors (their figures are not comparable): ${broken.join("; ")}`);
  if (misses.length > 0) console.log(`\nMissed: ${misses.join(", ")}`);
  return misses.length > 0 || broken.length > 0 ? 1 : 0;
}

process.exitCode = main();
