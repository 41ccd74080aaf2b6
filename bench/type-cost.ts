/**
 * How much type checking a workflow costs as it grows. Generates linear, Choice-heavy,
 * growing-payload, deep-schema and wide-union workflows (see generate-workflows.ts), checks each file alone with the
 * workspace's tsc, and prints check time and instantiations per state after subtracting a
 * baseline with the same imports and schema but no states.
 *
 * The DSL aims at linear growth: for each shape, the per-state cost at 300 states should be at
 * most 1.5 times the per-state cost at 20. Exits non-zero when any generated file has an error diagnostic
 * (TS2589 "excessively deep" among them) or when the per-state instantiation count grows past
 * the target (instantiations are deterministic; check time is shown but too noisy to fail on).
 *
 * Environment: BENCH_RUNS (default 3) runs per case. To keep the whole run to about three
 * minutes on two cores, a case whose first run takes longer than BENCH_REPEAT_UNDER_S (default 8)
 * seconds is run once, no case is repeated once BENCH_BUDGET_S (default 120) seconds have gone,
 * and a run is stopped after BENCH_TIMEOUT_S (default 30) seconds: a workflow that takes that
 * long to check has failed the benchmark anyway.
 */
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { workflowCases, writeWorkflowCases } from "./generate-workflows.ts";
import { costTable, ratios, ratioTable, TARGET_RATIO, withinTarget, type Measurement } from "./report.ts";
import { runTsc, type TscStats } from "./tsc-stats.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Git-ignored (.tmp/), and inside the repository so node_modules resolves. */
const OUT_DIR = join(ROOT, ".tmp", "bench-types");
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const REPEAT_UNDER_S = Number(process.env.BENCH_REPEAT_UNDER_S ?? 8);
const BUDGET_S = Number(process.env.BENCH_BUDGET_S ?? 120);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 30) * 1000;
const START = Date.now();
/** How many distinct diagnostics to print per file; the rest are counted. */
const SHOWN_ERRORS = 5;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function measure(tsconfig: string): Promise<{ runs: TscStats[]; wallSeconds: number }> {
  const runs: TscStats[] = [];
  const started = Date.now();
  for (let i = 0; i < RUNS; i++) {
    const first = Date.now();
    const stats = await runTsc(tsconfig, TIMEOUT_MS);
    runs.push(stats);
    if (stats.failure || (Date.now() - first) / 1000 > REPEAT_UNDER_S || (Date.now() - START) / 1000 > BUDGET_S) break;
  }
  return { runs, wallSeconds: (Date.now() - started) / 1000 };
}

async function main(): Promise<number> {
  const cases = workflowCases();
  const configs = writeWorkflowCases(OUT_DIR, cases);
  console.log(`Type-check cost of @aslc/dsl workflows (files in ${OUT_DIR})`);
  // Check times are wall-clock figures: a busy machine inflates them, so say how busy it was.
  console.log(`load average at start: ${loadavg()[0]!.toFixed(2)}\n`);

  const measured: Measurement[] = [];
  const errorsByCase = new Map<string, readonly string[]>();
  for (const c of cases) {
    const { runs, wallSeconds } = await measure(configs.get(c.name)!);
    const first = runs[0]!;
    const failure = runs.find((run) => run.failure)?.failure;
    errorsByCase.set(c.name, first.errors);
    measured.push({
      case: c,
      checkTime: median(runs.map((run) => run.checkTime)),
      runs: runs.length,
      instantiations: first.instantiations,
      types: first.types,
      unstable: runs.some((run) => !run.failure && !first.failure && run.instantiations !== first.instantiations),
      errorCount: first.errors.length,
      ...(failure === undefined ? {} : { failure }),
    });
    console.log(`  ${c.name}: ${runs.length} run(s), ${wallSeconds.toFixed(1)} s`);
  }

  // Per-state cost: what the states add over the same file without them.
  const withPerState = measured.map((m): Measurement => {
    const base = measured.find((b) => b.case.name === m.case.baseline);
    if (!base) return m;
    return {
      ...m,
      perStateMs: ((m.checkTime - base.checkTime) * 1000) / m.case.states,
      perStateInstantiations: (m.instantiations - base.instantiations) / m.case.states,
    };
  });

  console.log(`load average at end: ${loadavg()[0]!.toFixed(2)}; total ${((Date.now() - START) / 1000).toFixed(0)} s`);
  console.log(`\n${costTable(withPerState)}`);
  if (withPerState.some((m) => m.unstable)) console.log("* instantiation counts differed between runs; the first run's is shown");
  const growth = ratios(withPerState);
  console.log(`\nGrowth of the per-state cost (linear growth keeps it near 1x):\n\n${ratioTable(growth)}`);

  let failed = false;
  const broken = withPerState.filter((m) => m.errorCount > 0 || m.failure);
  if (broken.length > 0) {
    failed = true;
    console.log("\nDiagnostics (figures for these cases are not comparable: the checker gives up where it errs):");
    for (const m of broken) {
      const errors = errorsByCase.get(m.case.name) ?? [];
      const codes = new Map<string, number>();
      for (const e of errors) {
        const code = / error (TS\d+):/.exec(e)?.[1] ?? "?";
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }
      const summary = [...codes].map(([code, n]) => `${n} x ${code}`).join(", ");
      console.log(`\n${m.case.name}.ts: ${m.failure ?? ""}${m.failure && summary ? "; " : ""}${summary}`);
      // tsc repeats an error at the same place once per failed instantiation; one copy says it all.
      const distinct = [...new Set(errors)];
      for (const e of distinct.slice(0, SHOWN_ERRORS)) console.log(`  ${e.replace(/\n/g, "\n  ")}`);
      if (distinct.length > SHOWN_ERRORS) console.log(`  … and ${distinct.length - SHOWN_ERRORS} more distinct`);
    }
  }
  const over = growth.filter((r) => r.metric === "instantiations" && !withinTarget(r));
  if (over.length > 0) {
    failed = true;
    console.log(`\nPer-state instantiations miss the ${TARGET_RATIO}x target (over it, or a size erred or did not finish): ${over.map((r) => r.shape).join(", ")}`);
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
