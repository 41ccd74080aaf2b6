/**
 * Keystroke latency in the editor, on two engines in one run:
 *   - TypeScript 6's language service (the engine behind tsserver and every editor today),
 *     wrapped by the DSL's editor plugin as tsserver loads it;
 *   - TypeScript 7's native language server (`tsc --lsp --stdio` from typescript@7, installed as
 *     typescript-native), spoken to over the Language Server Protocol; it loads no plugins.
 * Each drives growing-payload workflows of 50 and 100 states and the order-processing example,
 * each beside a baseline with the same imports and schemas and no states. After a one-character
 * edit in the middle of the chain it times, each on a fresh edit (bench/editor/operations.ts):
 *   diagnostics  the file's diagnostics
 *   path         completions just after `resultPath: "$.`, the string cut there as while typing
 *                (the plugin completes a state's option paths: TypeScript 7 offers none there)
 *   choice path  completions just after `"$.` in a Choice rule's condition (`c.stringEquals("$.`),
 *                which the DSL's types complete alone: the path completion both engines answer
 *   goto         completions just after `goto("`
 *   quick info   the hover on a state's method in the chain (with the plugin, its plain hover)
 * Every answer is checked (bench/editor/answers.ts): a fast wrong answer is not a measurement.
 * Reference rows (not judged): the growing workflows' own text checked against stand-ins for the
 * DSL (bench/editor/reference/), diagnostics only, in the same alternation. One declares the same
 * methods with no type parameters, the other infers each state's name and options as the DSL
 * does and types no payload: what the engine charges for the chain before a payload is typed,
 * so that the DSL's own share of a figure can be read off in the same run.
 * Targets, per engine: each at most 300 ms, and at most 3 times the same operation on the
 * baseline. Prints every figure (median of BENCH_RUNS, default 3), then exits non-zero on a miss
 * of either engine (the output names the engine) or a wrong answer. Where TypeScript 7 cannot
 * start (no binary for the platform), its section says why and is skipped.
 *
 * Measuring baseline and workflow alike: the checker's code runs slower until V8 has compiled it
 * (a baseline measured first took three times as long as the same file measured later, and a
 * no-state file takes about ten checks to settle on its own), so the whole pipeline is warmed up
 * first (BENCH_WARMUP rounds, default 3, of every operation on the first scenario; the native
 * server gets the same, for its caches), and each operation's runs alternate between baseline and
 * workflow, so that both meet the same heap. No garbage collection is forced between runs: after
 * a full collection the next operation took 20-40% longer (the heap grows again under more
 * frequent collections), which no editor pays.
 *
 * TypeScript 6's figures are read on three clocks (bench/clock.ts): wall, process CPU (which
 * counts V8's garbage-collector threads) and the main thread's CPU. Its verdict uses wall time,
 * what the editor waits, when the machine is quiet (load average below the number of cores, at
 * start and at end); on a busy machine wall time is mostly the wait for a core, so it uses the
 * main thread's CPU time instead. TypeScript 7's server is another process: its figures are wall
 * time alone, and judged on it. The output says which.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Clock, Reading } from "./clock.ts";
import { judgeAnswer, type Expected, type Judgement } from "./editor/answers.ts";
import type { Asking, Engine, EngineFile } from "./editor/engine.ts";
import { asked, OPERATIONS, type Operation } from "./editor/operations.ts";
import { againstStandIn, baselinePositions, scenarios, workflowPositions, type Positions, type Reference, type Scenario } from "./editor/scenarios.ts";
import { typeScript6 } from "./editor/typescript-6.ts";
import { typeScript7 } from "./editor/typescript-7.ts";
import { COMPILER_OPTIONS } from "./workflows/compiler-options.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Git-ignored, and inside the repository so that node_modules resolves "@aslc/dsl" and "zod". */
const DIR = join(ROOT, ".tmp", "bench-editor");
/** @default 3 */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** @default 3 */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const TARGET_MS = 300;
const TARGET_RATIO = 3;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function medianReading(readings: readonly Reading[]): Reading {
  return { wall: median(readings.map((r) => r.wall)), cpu: median(readings.map((r) => r.cpu)), thread: median(readings.map((r) => r.thread)) };
}

/** One file under edit in an engine, and the places the operations are asked at. */
class Subject {
  private edits = 0;

  private constructor(
    private readonly file: EngineFile,
    private readonly source: string,
    private readonly at: Positions,
    /** What its answers must hold; undefined for a baseline. */
    readonly expected: Expected | undefined,
    /** The first diagnostics after opening, wall milliseconds, and their answer. */
    readonly cold: Asking,
  ) {}

  static async open(engine: Engine, fileName: string, source: string, at: Positions, expected: Expected | undefined): Promise<Subject> {
    const file = await engine.open(fileName, source);
    return new Subject(file, source, at, expected, await file.ask("diagnostics", 0));
  }

  /** Asks `op` right after its own one-character edit. */
  run(op: Operation): Promise<Asking> {
    this.edits++;
    const { text, at } = asked(this.source, this.at, op, this.edits % 2 === 1);
    this.file.setText(text);
    return this.file.ask(op, at);
  }

  close(): Promise<void> {
    return this.file.close();
  }
}

interface Pair {
  readonly workflow: Subject;
  readonly baseline: Subject;
  /** The workflow's text checked against each stand-in builder (diagnostics only). */
  readonly references: readonly { readonly name: string; readonly subject: Subject }[];
}

const SIDES = ["baseline", "workflow"] as const;

function files(s: Scenario): { workflow: string; baseline: string } {
  return { workflow: join(DIR, `${s.name}.ts`), baseline: join(DIR, `${s.name}.baseline.ts`) };
}

/** The file and text of the workflow checked against a stand-in builder. */
function referenceFile(s: Scenario, reference: Reference): { path: string; source: string } {
  return {
    path: join(DIR, `${s.name}.${reference.name.replaceAll(" ", "-")}.ts`),
    source: againstStandIn(s.source, reference, DIR),
  };
}

/** The state the workflow's goto names: the string at its goto position. */
function gotoTarget(source: string, at: Positions): string {
  return source.slice(at.goto, source.indexOf('"', at.goto));
}

async function open(engine: Engine, s: Scenario): Promise<Pair> {
  const paths = files(s);
  const at = workflowPositions(s.source);
  return {
    baseline: await Subject.open(engine, paths.baseline, s.baseline, baselinePositions(s.baseline), undefined),
    workflow: await Subject.open(engine, paths.workflow, s.source, at, { field: s.field, gotoTarget: gotoTarget(s.source, at) }),
    references: await Promise.all(
      s.references.map(async (reference) => {
        const file = referenceFile(s, reference);
        return { name: reference.name, subject: await Subject.open(engine, file.path, file.source, workflowPositions(file.source), undefined) };
      }),
    ),
  };
}

interface Measured {
  readonly times: Record<Operation, { workflow: Reading; baseline: Reading }>;
  /** The worst judgement of each operation's answers, on either side. */
  readonly judgements: Record<Operation, Judgement>;
  readonly plugin: { workflow: Reading; baseline: Reading } | undefined;
  /** The diagnostics of the workflow's text against each stand-in builder, by the stand-in's name. */
  readonly references: ReadonlyMap<string, Reading>;
}

const SEVERITY: Record<Judgement["kind"], number> = { real: 0, unanswered: 1, wrong: 2 };

function worse(a: Judgement, b: Judgement): Judgement {
  return SEVERITY[b.kind] > SEVERITY[a.kind] ? b : a;
}

/**
 * Medians of each operation, the runs alternating between baseline and workflow (and, for
 * diagnostics, the references after them); each operation's first run is not counted.
 */
async function measure(engine: Engine, pair: Pair): Promise<Measured> {
  const times = {} as Measured["times"];
  const judgements = {} as Measured["judgements"];
  const plugin = { workflow: [] as Reading[], baseline: [] as Reading[] };
  const references = new Map<string, Reading>();
  for (const op of OPERATIONS) {
    const readings = { workflow: [] as Reading[], baseline: [] as Reading[] };
    const referenced = op === "diagnostics" ? pair.references : [];
    const referenceReadings = referenced.map(() => [] as Reading[]);
    let judgement: Judgement = { kind: "real" };
    for (let run = 0; run <= RUNS; run++) {
      for (const side of SIDES) {
        const asking = await pair[side].run(op);
        const judged = judgeAnswer(op, asking.answer, pair[side].expected, engine.plugins);
        judgement = worse(judgement, judged.kind === "real" ? judged : { ...judged, why: side === "baseline" ? `baseline: ${judged.why}` : judged.why });
        if (run === 0) continue;
        readings[side].push(asking.time);
        if (asking.plugin) plugin[side].push(asking.plugin);
      }
      for (const [index, { name, subject }] of referenced.entries()) {
        const asking = await subject.run(op);
        const judged = judgeAnswer(op, asking.answer, undefined, engine.plugins);
        if (judged.kind !== "real") judgement = worse(judgement, { ...judged, why: `against ${name}: ${judged.why}` });
        if (run > 0) referenceReadings[index]!.push(asking.time);
      }
    }
    times[op] = { workflow: medianReading(readings.workflow), baseline: medianReading(readings.baseline) };
    judgements[op] = judgement;
    for (const [index, { name }] of referenced.entries()) references.set(name, medianReading(referenceReadings[index]!));
  }
  const measuredPlugin = plugin.workflow.length > 0 ? { workflow: medianReading(plugin.workflow), baseline: medianReading(plugin.baseline) } : undefined;
  return { times, judgements, plugin: measuredPlugin, references };
}

/** Every operation on both files of a scenario, `rounds` times, timed but not counted: V8 compiles the service's code, the server fills its caches. */
async function warmUp(pair: Pair, rounds: number): Promise<void> {
  for (let round = 0; round < rounds; round++) for (const op of OPERATIONS) for (const side of SIDES) await pair[side].run(op);
}

function fixed(ms: number, width: number): string {
  return (Number.isNaN(ms) ? "-" : ms.toFixed(0)).padStart(width);
}

/** What a section found wrong, each naming its engine. */
interface Outcome {
  readonly misses: string[];
  readonly wrong: string[];
}

/** Measures every scenario on `engine` and prints its table; returns its misses and wrong answers. */
async function section(engine: Engine, all: readonly Scenario[]): Promise<Outcome> {
  const cores = availableParallelism();
  const loadAtStart = loadavg()[0]!;
  console.log(`${engine.title}\nmedian of ${RUNS} runs alternating with the baseline's, after ${WARMUP} warm-up round(s); ${cores} cores, load average at start ${loadAtStart.toFixed(2)}\n`);
  const results: { name: string; measured: Measured; pair: Pair }[] = [];
  for (const [index, s] of all.entries()) {
    const pair = await open(engine, s);
    try {
      if (index === 0) await warmUp(pair, WARMUP);
      results.push({ name: s.name, measured: await measure(engine, pair), pair });
    } finally {
      for (const subject of [pair.workflow, pair.baseline, ...pair.references.map((r) => r.subject)]) await subject.close();
    }
  }
  const loadAtEnd = loadavg()[0]!;
  const quiet = Math.max(loadAtStart, loadAtEnd) < cores;
  const judged: Clock =
    engine.clocks.length === 1 ? engine.clocks[0]! : quiet ? "wall" : Number.isNaN(results[0]!.measured.times.diagnostics.workflow.thread) ? "cpu" : "thread";

  const header = `${"workflow".padEnd(18)} ${"operation".padEnd(20)} ${engine.clocks.map((clock) => `${`${clock} ms`.padStart(9)} ${"baseline".padStart(8)}`).join("  ")}  ${"ratio".padStart(7)}  verdict`;
  console.log(header);
  console.log("-".repeat(header.length));
  const row = (name: string, label: string, workflow: Reading, baseline: Reading) =>
    `${name.padEnd(18)} ${label.padEnd(20)} ${engine.clocks.map((clock) => `${fixed(workflow[clock], 9)} ${fixed(baseline[clock], 8)}`).join("  ")}`;
  const outcome: Outcome = { misses: [], wrong: [] };
  for (const { name, measured, pair } of results) {
    for (const op of OPERATIONS) {
      const { workflow, baseline } = measured.times[op];
      const judgement = measured.judgements[op];
      const ratio = workflow[judged] / baseline[judged];
      const ok = workflow[judged] <= TARGET_MS && ratio <= TARGET_RATIO;
      let verdict = ok ? "ok" : "MISSED";
      if (judgement.kind === "wrong") {
        verdict = `WRONG ANSWER: ${judgement.why}`;
        outcome.wrong.push(`${name} ${op} (${judgement.why})`);
      } else if (judgement.kind === "unanswered") {
        verdict = `not judged, ${judgement.why}`;
      } else if (!ok) {
        outcome.misses.push(`${name} ${op}`);
      }
      console.log(`${row(name, op, workflow, baseline)}  ${`${ratio.toFixed(2)}x`.padStart(7)}  ${verdict}`);
    }
    if (measured.plugin) console.log(row(name, "  quick info: plugin", measured.plugin.workflow, measured.plugin.baseline));
    for (const [reference, reading] of measured.references) {
      const baseline = measured.times.diagnostics.baseline;
      console.log(`${row(name, `  diag: ${reference}`, reading, baseline)}  ${`${(reading[judged] / baseline[judged]).toFixed(2)}x`.padStart(7)}  (reference)`);
    }
    for (const side of SIDES) {
      const cold = pair[side].cold;
      if (cold.answer.kind === "diagnostics" && cold.answer.errors.length > 0) outcome.wrong.push(`${name}${side === "baseline" ? " baseline" : ""} first check (${cold.answer.errors.length} error(s): ${cold.answer.errors[0]})`);
    }
    for (const { name: reference, subject } of pair.references) {
      const { answer } = subject.cold;
      if (answer.kind === "diagnostics" && answer.errors.length > 0) outcome.wrong.push(`${name} against ${reference}, first check (${answer.errors.length} error(s): ${answer.errors[0]})`);
    }
    console.log(`${name.padEnd(18)} ${"first check".padEnd(20)} ${fixed(pair.workflow.cold.time.wall, 9)} ${fixed(pair.baseline.cold.time.wall, 8)}  (wall, once)`);
  }

  console.log(`\nload average at end ${loadAtEnd.toFixed(2)} on ${cores} cores`);
  if (engine.clocks.length === 1) {
    console.log(
      `Judged on wall time, the only clock that applies: the server is another process, and this one's CPU time is only its wait.${quiet ? "" : " The machine was busy (load average at or above its cores), so these times include waiting for a core."}`,
    );
  } else {
    console.log(
      quiet
        ? "Judged on wall time: the machine was quiet, so wall time is what an editor waits."
        : "Judged on the main thread's CPU time: the machine was busy (load average at or above its cores), so wall time is mostly the wait for a core; process CPU would add the garbage collector's own threads, which run beside the main thread.",
    );
  }
  console.log(`Targets: each at most ${TARGET_MS} ms and ${TARGET_RATIO}x the baseline.`);
  console.log(
    `"diag: <stand-in>" rows (not judged) check the workflow's own text against a stand-in for the DSL (bench/editor/reference/): "plain calls" declares the same methods with no type parameters, "generic calls" infers each state's name and options as the DSL does and types no payload. They show what TypeScript charges for the chain itself, before the DSL types a payload.`,
  );
  for (const note of engine.notes) console.log(note);
  return outcome;
}

/** Writes every scenario's files, and the tsconfig.json a language server reads their options from. */
function writeFiles(all: readonly Scenario[]): void {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, "tsconfig.json"), `${JSON.stringify({ compilerOptions: COMPILER_OPTIONS }, null, 2)}\n`);
  for (const s of all) {
    const paths = files(s);
    writeFileSync(paths.workflow, s.source);
    writeFileSync(paths.baseline, s.baseline);
    for (const reference of s.references) {
      const file = referenceFile(s, reference);
      writeFileSync(file.path, file.source);
    }
  }
}

async function main(): Promise<number> {
  const all = scenarios();
  writeFiles(all);
  console.log(`Editor latency after a one-character edit (files in ${DIR})\n`);
  const outcomes: { engine: string; outcome: Outcome }[] = [];

  const six = typeScript6();
  outcomes.push({ engine: six.name, outcome: await section(six, all) });

  console.log("\n");
  const seven = await typeScript7(DIR);
  if ("missing" in seven) {
    console.log(`TypeScript 7 native language server (no plugins): skipped, it cannot start here: ${seven.missing}`);
  } else {
    try {
      outcomes.push({ engine: seven.name, outcome: await section(seven, all) });
    } finally {
      await seven.dispose();
    }
  }

  let failed = false;
  for (const { engine, outcome } of outcomes) {
    if (outcome.wrong.length > 0) console.log(`\nWrong answers from ${engine} (their figures are not measurements): ${outcome.wrong.join("; ")}`);
    if (outcome.misses.length > 0) console.log(`\nMissed by ${engine}: ${outcome.misses.join(", ")}`);
    failed ||= outcome.wrong.length > 0 || outcome.misses.length > 0;
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
