/**
 * Compiler speed, as ratios measured in one run on the same generated project
 * (100 workflows of 10 states):
 *   build     `aslc build --no-cache` against `tsc --noEmit` on the same files target ≤ 1.25×
 *   emission  aslc without type-check against aws-cdk-lib building and
 *             rendering the same machines, module loading counted            target ≤ 0.5×
 *             (CDK renders a definition by synthesizing its StateMachine; the bare
 *             StateGraph render, which no CDK app calls alone, is printed for reference)
 *   watch     a rebuild after a one-file edit against the cold build         target ≤ 0.2×
 *   no-op     `aslc build` of unchanged sources (type-check results reused
 *             from node_modules/.cache/aslc) against the cold build          target ≤ 0.1×
 * and the whole-project check against the same 100 machines written with aws-cdk-lib
 * (generated under bench/.tmp, where aws-cdk-lib resolves):
 *   tsc       `tsc --noEmit` on the workflow modules against `tsc --noEmit`
 *             on the CDK modules                                            target ≤ 1×
 *   build/CDK `aslc build --no-cache` against the CDK modules' check          target ≤ 1.5×
 *   contracts what checking the generated contracts adds to checking their
 *             workflows (checker time, from --extendedDiagnostics)           target ≤ 0.2×
 *             (for reference: the same share on checker CPU time in one program, which a
 *             busy machine disturbs much less, and in type instantiations, which it does not change)
 * and the peak memory of the cold build and of each check (GNU time), for the record. Where GNU
 * time is installed, the build, tsc and CDK rows are printed again on CPU time (user and system,
 * all threads and processes), which follows a busy machine's load much less than wall time does.
 * Exits non-zero when a target is missed.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { cdkSource } from "./compile/cdk-project.ts";
import { contractsCpu } from "./compile/contracts-cpu.ts";
import { follow, median, timed, type Run } from "./compile/measure.ts";
import { STATES_PER_WORKFLOW, TSCONFIG, WORKFLOWS, workflowSource } from "./compile/project-plan.ts";
import { runTsc } from "./tsc-stats.ts";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const DIR = join(REPO, ".tmp", "bench-compile");
/** Under bench/, whose node_modules holds aws-cdk-lib. */
const CDK_DIR = join(REPO, "bench", ".tmp", "bench-compile-cdk");
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const node = process.execPath;
const tsc = join(REPO, "node_modules", "typescript", "bin", "tsc");
const aslc = join(REPO, "packages", "compiler", "bin", "aslc.js");

rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
writeFileSync(join(DIR, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2));
// One folder per workflow, each with its own handlers, as a project of many workflows is laid out.
const moduleOf = (i: number) => join(DIR, `flow-${String(i).padStart(3, "0")}`, "flow.workflow.ts");
for (let i = 0; i < WORKFLOWS; i++) {
  mkdirSync(join(moduleOf(i), ".."), { recursive: true });
  writeFileSync(moduleOf(i), workflowSource(i));
}
console.log(`project: ${WORKFLOWS} workflows × ${STATES_PER_WORKFLOW} states in ${DIR}, ${RUNS} runs each, median`);

// The same machines as CDK stacks, one module each, checked with the same compiler options.
rmSync(CDK_DIR, { recursive: true, force: true });
mkdirSync(CDK_DIR, { recursive: true });
writeFileSync(join(CDK_DIR, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2));
for (let i = 0; i < WORKFLOWS; i++) writeFileSync(join(CDK_DIR, `flow-${String(i).padStart(3, "0")}.ts`), cdkSource(i));
// The workflow modules alone, and with the contracts the build generates beside them.
const onlyWorkflows = join(DIR, "tsconfig.workflows.json");
const withContracts = join(DIR, "tsconfig.contracts.json");
writeFileSync(onlyWorkflows, JSON.stringify({ ...TSCONFIG, include: ["**/*.workflow.ts"] }, null, 2));
writeFileSync(withContracts, JSON.stringify({ ...TSCONFIG, include: ["**/*.workflow.ts", "**/*.contracts.ts"] }, null, 2));

// The first build also writes the handler stubs; later builds keep them, as in daily use.
timed(node, [aslc, "build", "."], DIR);

/** A measure's median wall and CPU times and its highest peak memory, over the runs. */
interface Sampled {
  readonly ms: number;
  readonly cpuMs?: number;
  readonly peakMb?: number;
}
/** Each figure is printed as soon as it is measured, so a run cut short still reports what it has. */
const samples = (label: string, run: () => Run | number): Sampled => {
  const runs = Array.from({ length: RUNS }, (): Sampled => {
    const result = run();
    return typeof result === "number" ? { ms: result } : result;
  });
  const cpu = runs.map((r) => r.cpuMs).filter((ms) => ms !== undefined);
  const peaks = runs.map((r) => r.peakMb).filter((mb) => mb !== undefined);
  const sampled = { ms: median(runs.map((r) => r.ms)), cpuMs: cpu.length === runs.length ? median(cpu) : undefined, peakMb: peaks.length > 0 ? Math.max(...peaks) : undefined };
  const extra = sampled.cpuMs === undefined ? "" : ` (CPU ${sampled.cpuMs.toFixed(0)} ms, peak ${sampled.peakMb!.toFixed(0)} MB)`;
  console.log(`  ${label}: ${sampled.ms.toFixed(0)} ms${extra}`);
  return sampled;
};
const tscRun = samples("tsc --noEmit, workflows with contracts and handlers", () => timed(node, [tsc, "-p", "."], DIR));
const workflowsTscRun = samples("tsc --noEmit, workflows alone", () => timed(node, [tsc, "-p", onlyWorkflows], DIR));
const cdkTscRun = samples("tsc --noEmit, CDK modules", () => timed(node, [tsc, "-p", "."], CDK_DIR));
// A cold build type-checks everything; the cache is neither read nor written.
const buildRun = samples("aslc build --no-cache", () => timed(node, [aslc, "build", ".", "--no-cache"], DIR));
const [tscMs, workflowsTscMs, cdkTscMs, buildMs] = [tscRun.ms, workflowsTscRun.ms, cdkTscRun.ms, buildRun.ms];
// A no-op build: nothing changed since the build that filled the cache.
timed(node, [aslc, "build", "."], DIR);
const noopMs = samples("aslc build, no-op", () => timed(node, [aslc, "build", "."], DIR)).ms;
// Both sides run as plain Node on JavaScript entry points, as their real commands do.
const fromStart = (script: string, ...args: string[]) => () => JSON.parse(timed(node, [join(REPO, "bench", "compile", script), ...args], REPO).stdout).ms as number;
const emitMs = samples("aslc emission", fromStart("aslc-emit.mjs", DIR)).ms;
const cdkMs = samples("CDK synth", fromStart("cdk-machines.mjs", String(WORKFLOWS), "synth")).ms;
const cdkGraphMs = samples("CDK StateGraph render", fromStart("cdk-machines.mjs", String(WORKFLOWS), "graph")).ms;

// Checker time is steadier than wall time for a difference of two checks.
const checkerSeconds = async (tsconfig: string) => {
  const stats = await runTsc(tsconfig, 600_000);
  if (stats.failure || stats.errors.length > 0) throw new Error(`${tsconfig}: ${stats.failure ?? stats.errors.slice(0, 3).join("\n")}`);
  return stats;
};
/** The median checker time, and the instantiation count (the same in every run, and steady on a busy machine). */
const checkerSamples = async (tsconfig: string) => {
  const runs: number[] = [];
  let instantiations = 0;
  for (let run = 0; run < RUNS; run++) {
    const stats = await checkerSeconds(tsconfig);
    runs.push(stats.checkTime);
    instantiations = stats.instantiations;
  }
  return { seconds: median(runs), instantiations };
};
const workflowsStats = await checkerSamples(onlyWorkflows);
const contractsStats = await checkerSamples(withContracts);
const workflowsCheck = workflowsStats.seconds;
const contractsCheck = contractsStats.seconds;
const contractsInstantiations = contractsStats.instantiations - workflowsStats.instantiations;
console.log(`  checker time, workflows alone ${workflowsCheck.toFixed(2)} s, with their contracts ${contractsCheck.toFixed(2)} s`);
console.log(`  type instantiations, workflows alone ${workflowsStats.instantiations}, with their contracts ${contractsStats.instantiations}`);
// The same share on CPU time in one program, which a busy machine disturbs much less.
const contractsCpuRuns = Array.from({ length: RUNS }, () => contractsCpu(withContracts));
const contractsCpuMs = median(contractsCpuRuns.map((r) => r.contractsMs));
const workflowsCpuMs = median(contractsCpuRuns.map((r) => r.workflowsMs));
console.log(`  checker CPU time in one program, workflows ${workflowsCpuMs.toFixed(0)} ms, then their contracts ${contractsCpuMs.toFixed(0)} ms`);

const memory = { build: buildRun.peakMb, workflowsTsc: workflowsTscRun.peakMb, cdkTsc: cdkTscRun.peakMb };
const mb = (value: number | undefined) => (value === undefined ? "n/a (no /usr/bin/time)" : `${value.toFixed(0)} MB`);
console.log(`  peak memory: aslc build --no-cache ${mb(memory.build)}; tsc on the workflows ${mb(memory.workflowsTsc)}; CDK tsc ${mb(memory.cdkTsc)}`);

// Watch: the cold build it reports first, then rebuilds after editing one workflow.
const watcher = follow(node, [aslc, "watch", "."], DIR);
const built = /built \d+ workflows \(\d+ files written\) in (\d+) ms/;
const coldMs = Number((await watcher.next(built))[1]);
const edited = moduleOf(42);
const original = readFileSync(edited, "utf8");
const rebuilds: number[] = [];
for (let run = 0; run < RUNS; run++) {
  writeFileSync(edited, original.replace("seconds: 5", `seconds: ${6 + run}`));
  rebuilds.push(Number((await watcher.next(built))[1]));
}
await watcher.stop();
writeFileSync(edited, original);
const rebuildMs = median(rebuilds);

const rows = [
  { name: "build", ours: buildMs, base: tscMs, baseName: "tsc --noEmit", target: 1.25 },
  { name: "tsc", ours: workflowsTscMs, base: cdkTscMs, baseName: "CDK tsc", target: 1 },
  { name: "build/CDK", ours: buildMs, base: cdkTscMs, baseName: "CDK tsc", target: 1.5 },
  { name: "contracts", ours: (contractsCheck - workflowsCheck) * 1000, base: workflowsCheck * 1000, baseName: "workflows' check", target: 0.2 },
  { name: "emission", ours: emitMs, base: cdkMs, baseName: "CDK synth", target: 0.5 },
  { name: "watch", ours: rebuildMs, base: coldMs, baseName: "cold build", target: 0.2 },
  { name: "no-op", ours: noopMs, base: buildMs, baseName: "cold build", target: 0.1 },
];
console.log("\nmeasure    aslc ms   baseline                 ms    ratio  target  verdict");
let missed = 0;
for (const r of rows) {
  const ratio = r.ours / r.base;
  const ok = ratio <= r.target;
  if (!ok) missed++;
  console.log(`${r.name.padEnd(9)} ${r.ours.toFixed(0).padStart(8)}   ${r.baseName.padEnd(16)} ${r.base.toFixed(0).padStart(8)}  ${ratio.toFixed(2).padStart(6)}x  ≤${r.target}x  ${ok ? "met" : "MISSED"}`);
}
if (buildRun.cpuMs !== undefined && tscRun.cpuMs !== undefined && workflowsTscRun.cpuMs !== undefined && cdkTscRun.cpuMs !== undefined) {
  // The same rows on CPU time; a build's checker thread and loading process run beside its main
  // thread, so on an idle machine of several cores its wall time is below its CPU time.
  console.log("\non CPU time  aslc ms   baseline                 ms    ratio  target");
  for (const r of [
    { name: "build", ours: buildRun.cpuMs, base: tscRun.cpuMs, baseName: "tsc --noEmit", target: 1.25 },
    { name: "tsc", ours: workflowsTscRun.cpuMs, base: cdkTscRun.cpuMs, baseName: "CDK tsc", target: 1 },
    { name: "build/CDK", ours: buildRun.cpuMs, base: cdkTscRun.cpuMs, baseName: "CDK tsc", target: 1.5 },
  ]) {
    console.log(`${r.name.padEnd(11)} ${r.ours.toFixed(0).padStart(8)}   ${r.baseName.padEnd(16)} ${r.base.toFixed(0).padStart(8)}  ${(r.ours / r.base).toFixed(2).padStart(6)}x  ≤${r.target}x`);
  }
}
console.log(`reference: emission against CDK's bare StateGraph render (${cdkGraphMs.toFixed(0)} ms): ${(emitMs / cdkGraphMs).toFixed(2)}x`);
console.log(`reference: the contracts' share in checker CPU time, in one program after their workflows: ${contractsCpuMs.toFixed(0)} ms against ${workflowsCpuMs.toFixed(0)} ms, ${(contractsCpuMs / workflowsCpuMs).toFixed(2)}x`);
console.log(`reference: the contracts' share in type instantiations: ${contractsInstantiations} against ${workflowsStats.instantiations}, ${(contractsInstantiations / workflowsStats.instantiations).toFixed(2)}x`);
console.log(`reference: tsc --noEmit on the workflows with their contracts and handlers ${tscMs.toFixed(0)} ms; on the workflows alone ${workflowsTscMs.toFixed(0)} ms`);
console.log(`peak memory: aslc build --no-cache ${mb(memory.build)}; tsc on the workflows ${mb(memory.workflowsTsc)}; CDK tsc ${mb(memory.cdkTsc)}`);
process.exitCode = missed > 0 ? 1 : 0;
