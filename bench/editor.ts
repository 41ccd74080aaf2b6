/**
 * Keystroke latency in the editor: drives the TypeScript language service (the engine behind
 * tsserver and every editor), wrapped by the DSL's editor plugin as tsserver loads it, over
 * growing-payload workflows of 50 and 100 states and the order-processing example, each beside a
 * baseline with the same imports and schemas and no states, all in one run. After a
 * one-character edit in the middle of the chain it times, each on a fresh edit:
 *   diagnostics  getSemanticDiagnostics for the file
 *   path         getCompletionsAtPosition just after `"$.` in a path string
 *   goto         getCompletionsAtPosition just after `goto("`
 *   quick info   getQuickInfoAtPosition on a state's method in the chain (the plugin's plain hover)
 * Targets: each at most 300 ms, and at most 3 times the same operation on the baseline. Prints
 * every figure (median of BENCH_RUNS, default 3), then exits non-zero on a miss.
 *
 * Reference rows (not judged): the growing workflows' own text, checked against stand-ins for the
 * DSL (bench/editor/reference/) in the same alternation, diagnostics only. One declares the same
 * methods with no type parameters, the other infers each state's name and options as the DSL
 * does and types no payload: what TypeScript charges for the chain before a payload is typed,
 * so that the DSL's own share of a figure can be read off in the same run.
 *
 * Measuring baseline and workflow alike: the checker's code runs slower until V8 has compiled it
 * (a baseline measured first took three times as long as the same file measured later, and a
 * no-state file takes about ten checks to settle on its own), so the whole pipeline is warmed up
 * first (BENCH_WARMUP rounds, default 3, of every operation on the first scenario), and each
 * operation's runs alternate between baseline and workflow, so that both meet the same heap.
 * No garbage collection is forced between runs: after a full collection the next operation took
 * 20-40% longer (the heap grows again under more frequent collections), which no editor pays.
 *
 * Each figure is read on three clocks (bench/clock.ts): wall, process CPU (which counts
 * V8's garbage-collector threads) and the main thread's CPU. The verdict uses wall time, what
 * the editor waits, when the machine is quiet (load average below the number of cores, at start
 * and at end); on a busy machine wall time is mostly the wait for a core, so it uses the main
 * thread's CPU time instead. The output says which.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { CLOCKS, timed, type Clock, type Reading } from "./clock.ts";
import { openFile, type EditedFile } from "./editor/language-service.ts";
import { againstStandIn, baselinePositions, scenarios, workflowPositions, type Positions, type Scenario } from "./editor/scenarios.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Git-ignored, and inside the repository so that node_modules resolves "@aslc/dsl" and "zod". */
const DIR = join(ROOT, ".tmp", "bench-editor");
/** @default 3 */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** @default 3 */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const TARGET_MS = 300;
const TARGET_RATIO = 3;

type Operation = "diagnostics" | "path" | "goto" | "quick info";
const OPERATIONS: readonly Operation[] = ["diagnostics", "path", "goto", "quick info"];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function medianReading(readings: readonly Reading[]): Reading {
  return { wall: median(readings.map((r) => r.wall)), cpu: median(readings.map((r) => r.cpu)), thread: median(readings.map((r) => r.thread)) };
}

/** One file under edit, and the places the operations are asked at. */
class Subject {
  private edits = 0;
  readonly file: EditedFile;
  /** The first diagnostics after opening, wall milliseconds. */
  readonly cold: number;
  readonly errors: number;

  constructor(
    fileName: string,
    private readonly source: string,
    private readonly at: Positions,
  ) {
    writeFileSync(fileName, source);
    this.file = openFile(fileName, source);
    let errors = 0;
    this.cold = timed(() => (errors = this.file.service.getSemanticDiagnostics(fileName).length)).wall;
    this.errors = errors;
  }

  /**
   * Times `op` right after its own one-character edit; for quick info also the plugin's share
   * (the whole hover less TypeScript's own quick info inside it).
   */
  run(op: Operation): { total: Reading; plugin?: Reading } {
    // A space toggled before the link at `at.edit`: offsets after it move by one, so ask at the same
    // places only after an edit that removes it (the odd edits insert it, the even ones remove it).
    this.edits++;
    const inserted = this.edits % 2 === 1;
    this.file.setText(inserted ? `${this.source.slice(0, this.at.edit)} ${this.source.slice(this.at.edit)}` : this.source);
    const shift = inserted ? 1 : 0;
    const { service, fileName } = this.file;
    const at = this.at;
    const operations: Record<Operation, () => unknown> = {
      diagnostics: () => service.getSemanticDiagnostics(fileName),
      path: () => service.getCompletionsAtPosition(fileName, at.path + (at.path > at.edit ? shift : 0), {}),
      goto: () => service.getCompletionsAtPosition(fileName, at.goto + (at.goto > at.edit ? shift : 0), {}),
      "quick info": () => service.getQuickInfoAtPosition(fileName, at.quickInfo + (at.quickInfo >= at.edit ? shift : 0)),
    };
    const total = timed(operations[op]);
    const own = op === "quick info" ? this.file.lastTypeScriptQuickInfo() : undefined;
    return own === undefined ? { total } : { total, plugin: { wall: total.wall - own.wall, cpu: total.cpu - own.cpu, thread: total.thread - own.thread } };
  }

  dispose(): void {
    this.file.dispose();
  }
}

interface Pair {
  readonly workflow: Subject;
  readonly baseline: Subject;
  /** The workflow's text checked against each stand-in builder (diagnostics only). */
  readonly references: readonly { readonly name: string; readonly subject: Subject }[];
}

function open(s: Scenario): Pair {
  const workflowPath = join(DIR, `${s.name}.ts`);
  return {
    baseline: new Subject(join(DIR, `${s.name}.baseline.ts`), s.baseline, baselinePositions(s.baseline)),
    workflow: new Subject(workflowPath, s.source, workflowPositions(s.source)),
    references: s.references.map((reference) => {
      const specifier = relative(DIR, reference.module);
      const source = againstStandIn(s.source, specifier.startsWith(".") ? specifier : `./${specifier}`);
      return { name: reference.name, subject: new Subject(join(DIR, `${s.name}.${reference.name.replaceAll(" ", "-")}.ts`), source, workflowPositions(source)) };
    }),
  };
}

type Measured = Record<Operation, { workflow: Reading; baseline: Reading }> & {
  plugin: { workflow: Reading; baseline: Reading };
  /** Diagnostics of each reference, by its name. */
  references: Map<string, Reading>;
};

/**
 * Medians of each operation, the runs alternating between baseline and workflow (and, for
 * diagnostics, the references after them); each operation's first run is not counted.
 */
function measure(pair: Pair): Measured {
  const result = { references: new Map<string, Reading>() } as Measured;
  const plugin = { workflow: [] as Reading[], baseline: [] as Reading[] };
  for (const op of OPERATIONS) {
    const times = { workflow: [] as Reading[], baseline: [] as Reading[] };
    const referenced = op === "diagnostics" ? pair.references : [];
    const referenceTimes = referenced.map(() => [] as Reading[]);
    for (let run = 0; run <= RUNS; run++) {
      for (const side of ["baseline", "workflow"] as const) {
        const { total, plugin: share } = pair[side].run(op);
        if (run === 0) continue;
        times[side].push(total);
        if (share) plugin[side].push(share);
      }
      referenced.forEach(({ subject }, index) => {
        const { total } = subject.run(op);
        if (run > 0) referenceTimes[index]!.push(total);
      });
    }
    result[op] = { workflow: medianReading(times.workflow), baseline: medianReading(times.baseline) };
    referenced.forEach(({ name }, index) => result.references.set(name, medianReading(referenceTimes[index]!)));
  }
  result.plugin = { workflow: medianReading(plugin.workflow), baseline: medianReading(plugin.baseline) };
  return result;
}

/** Every operation on both files of a scenario, `rounds` times, timed but not counted: V8 compiles the service's code. */
function warmUp(pair: Pair, rounds: number): void {
  for (let round = 0; round < rounds; round++) for (const op of OPERATIONS) for (const side of [pair.baseline, pair.workflow]) side.run(op);
}

function fixed(ms: number, width: number): string {
  return (Number.isNaN(ms) ? "-" : ms.toFixed(0)).padStart(width);
}

function main(): number {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  const cores = availableParallelism();
  const loadAtStart = loadavg()[0]!;
  console.log(`Language-service latency after a one-character edit, with the @aslc/dsl/editor plugin (files in ${DIR})`);
  console.log(`median of ${RUNS} runs alternating with the baseline's, after ${WARMUP} warm-up round(s); ${cores} cores, load average at start ${loadAtStart.toFixed(2)}\n`);
  const header = `${"workflow".padEnd(18)} ${"operation".padEnd(20)} ${CLOCKS.map((clock) => `${`${clock} ms`.padStart(9)} ${"baseline".padStart(8)}`).join("  ")}  ${"ratio".padStart(7)}  verdict`;
  console.log(header);
  console.log("-".repeat(header.length));
  const all = scenarios();
  const results: { name: string; measured: Measured; pair: Pair }[] = [];
  for (const [index, s] of all.entries()) {
    const pair = open(s);
    if (index === 0) warmUp(pair, WARMUP);
    results.push({ name: s.name, measured: measure(pair), pair });
    for (const subject of [pair.workflow, pair.baseline, ...pair.references.map((r) => r.subject)]) subject.dispose();
  }
  const loadAtEnd = loadavg()[0]!;
  const quiet = Math.max(loadAtStart, loadAtEnd) < cores;
  const judged: Clock = quiet ? "wall" : Number.isNaN(results[0]!.measured.diagnostics.workflow.thread) ? "cpu" : "thread";
  const misses: string[] = [];
  const broken: string[] = [];
  const row = (name: string, label: string, workflow: Reading, baseline: Reading) =>
    `${name.padEnd(18)} ${label.padEnd(20)} ${CLOCKS.map((clock) => `${fixed(workflow[clock], 9)} ${fixed(baseline[clock], 8)}`).join("  ")}`;
  for (const { name, measured, pair } of results) {
    if (pair.workflow.errors > 0 || pair.baseline.errors > 0) broken.push(`${name}: ${pair.workflow.errors} error(s), baseline ${pair.baseline.errors}`);
    for (const { name: reference, subject } of pair.references) if (subject.errors > 0) broken.push(`${name} against ${reference}: ${subject.errors} error(s)`);
    for (const op of OPERATIONS) {
      const { workflow, baseline } = measured[op];
      const ratio = workflow[judged] / baseline[judged];
      const ok = workflow[judged] <= TARGET_MS && ratio <= TARGET_RATIO;
      if (!ok) misses.push(`${name} ${op}`);
      console.log(`${row(name, op, workflow, baseline)}  ${`${ratio.toFixed(2)}x`.padStart(7)}  ${ok ? "ok" : "MISSED"}`);
    }
    console.log(row(name, "  quick info: plugin", measured.plugin.workflow, measured.plugin.baseline));
    for (const [reference, reading] of measured.references) {
      const baseline = measured.diagnostics.baseline;
      console.log(`${row(name, `  diag: ${reference}`, reading, baseline)}  ${`${(reading[judged] / baseline[judged]).toFixed(2)}x`.padStart(7)}  (reference)`);
    }
    console.log(`${name.padEnd(18)} ${"first check".padEnd(20)} ${fixed(pair.workflow.cold, 9)} ${fixed(pair.baseline.cold, 8)}  (wall, once)`);
  }
  console.log(`\nload average at end ${loadAtEnd.toFixed(2)} on ${cores} cores`);
  console.log(
    quiet
      ? "Judged on wall time: the machine was quiet, so wall time is what an editor waits."
      : "Judged on the main thread's CPU time: the machine was busy (load average at or above its cores), so wall time is mostly the wait for a core; process CPU would add the garbage collector's own threads, which run beside the main thread.",
  );
  console.log(`Targets: each at most ${TARGET_MS} ms and ${TARGET_RATIO}x the baseline. "quick info: plugin" is the plugin's share of the hover (not judged).`);
  console.log(
    `"diag: <stand-in>" rows (not judged) check the workflow's own text against a stand-in for the DSL (bench/editor/reference/): "plain calls" declares the same methods with no type parameters, "generic calls" infers each state's name and options as the DSL does and types no payload. They show what TypeScript charges for the chain itself, before the DSL types a payload.`,
  );
  if (broken.length > 0) console.log(`\nFiles with type errors (their figures are not comparable): ${broken.join("; ")}`);
  if (misses.length > 0) console.log(`\nMissed: ${misses.join(", ")}`);
  return misses.length > 0 || broken.length > 0 ? 1 : 0;
}

process.exitCode = main();
