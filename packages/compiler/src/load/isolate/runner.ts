/**
 * The process that loads workflow modules. It runs the author's code, so it is started with
 * Node's permission model (it may read files, nothing else), and it trusts nothing the modules
 * can reach: what it needs from Node is taken before any module runs. It loads the modules one
 * at a time, saying which one starts so the compiler can time and blame each on its own, builds
 * each workflow's IR and sends it back as plain data. Everything a module does besides
 * exporting workflows (printing, exiting, throwing later, awaiting forever) is reported.
 */
import { buildWorkflow, DslError, isWorkflow } from "@aslc/dsl";
import { stackFrames } from "@aslc/dsl/internal";
import { irToWire, type WireWorkflow } from "./ir-wire.ts";
import type { LoadRequest, ModuleEntry, RunnerMessage, WireProblem } from "./protocol.ts";

const send = process.send!.bind(process) as (message: RunnerMessage, callback?: () => void) => boolean;
const exit = process.exit.bind(process);
const setTimer = setTimeout;
const channel = process.channel;

process.setSourceMapsEnabled(true);

/** Thrown in place of exiting: a module's process.exit() ends the module, not the loading. */
class ModuleExit extends Error {
  constructor(readonly exitCode: unknown) {
    super(`process.exit(${exitCode === undefined ? "" : String(exitCode)})`);
  }
}

let current = -1;
let modules: readonly ModuleEntry[] = [];
const output: string[] = [];
/** Where the module first printed, from the stack of the write. */
let outputSite: WireProblem["site"];
const exits: unknown[] = [];
let settleImport: ((outcome: "unsettled") => void) | undefined;

function takeOutput(): string {
  return output.splice(0).join("");
}

function takeOutputSite(): WireProblem["site"] {
  const site = outputSite;
  outputSite = undefined;
  return site;
}

process.exit = ((code?: unknown) => {
  exits.push(code ?? process.exitCode ?? 0);
  throw new ModuleExit(code);
}) as typeof process.exit;

// What modules print is collected and reported with the module, never written where the
// compiler's own output goes.
const capture = (chunk: unknown, encoding?: unknown, callback?: unknown) => {
  if (output.length === 0 && current >= 0) outputSite = stackFrames(new Error().stack).find((frame) => frame.file === modules[current]!.file);
  output.push(typeof chunk === "string" ? chunk : Buffer.from(chunk as Uint8Array).toString(typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
  const done = typeof encoding === "function" ? encoding : callback;
  if (typeof done === "function") queueMicrotask(() => (done as () => void)());
  return true;
};
process.stdout.write = capture as typeof process.stdout.write;
process.stderr.write = capture as typeof process.stderr.write;

/** The module an error comes from: the first frame in one of the modules, else the one loading. */
function blame(error: unknown): { index: number; site?: WireProblem["site"] } {
  const stack = error instanceof Error ? error.stack : undefined;
  for (const frame of stackFrames(stack)) {
    const index = modules.findIndex((m) => m.file === frame.file);
    if (index >= 0) return { index, site: frame };
  }
  const index = Math.max(current, 0);
  return { index, site: undefined };
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
}

/** A problem thrown while a module loaded (or later), by what it was. */
function thrownProblem(error: unknown, file: string, later: string | undefined): WireProblem {
  const site = stackFrames(error instanceof Error ? error.stack : undefined).find((frame) => frame.file === file) ?? { file, line: 1, column: 1 };
  if (error instanceof ModuleExit) {
    return { code: "ASLC310", message: `the module called ${error.message} while loading: a workflow module must not end the process; remove the call or move it out of module scope`, site };
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ERR_ACCESS_DENIED") {
    const permission = String((error as { permission?: unknown }).permission ?? "");
    const what = permission.startsWith("FileSystemWrite") ? "write a file" : permission === "ChildProcess" ? "start a process" : permission === "WorkerThreads" ? "start a thread" : `use ${permission || "an API it may not use"}`;
    return { code: "ASLC315", message: `the module tried to ${what} while loading: workflow modules may read files but not write files, start processes or threads; move that code out of module scope (into a script of its own)`, site };
  }
  if (error instanceof ReferenceError && /before initiali[sz]ation/.test(error.message)) {
    // The read happens in whichever file of the cycle runs first: point at the read itself.
    const read = stackFrames(error.stack).find((frame) => !frame.file.startsWith("node:")) ?? site;
    return { code: "ASLC316", message: `the module read a value before it was initialised (${firstLine(error)}): a circular import reads it before the module that defines it has run; move the value to a module both can import, or read it later (inside a function)`, site: read };
  }
  if (later) {
    return { code: "ASLC313", message: `${later} after the module loaded: ${firstLine(error)}: a workflow module must finish its work while it loads; remove the timer or handle the rejection`, site };
  }
  return { code: "ASLC301", message: `the module threw while loading: ${firstLine(error)}: fix the error, or move the code that throws out of module scope`, site };
}

/** Sent at once: a module loaded later may yet stop the process. */
function onLate(error: unknown, what: string): void {
  const { index, site } = blame(error);
  const file = modules[index]?.file ?? "";
  const problem = thrownProblem(error, file, what);
  send({ type: "late", index, problem: site ? { ...problem, site } : problem, output: "" });
}

process.on("uncaughtException", (error) => onLate(error, "a timer or callback threw"));
process.on("unhandledRejection", (reason) => onLate(reason, "a promise was rejected and nothing handled it"));
// Nothing is left to run while a module is still loading: its top-level await never settles.
process.on("beforeExit", () => settleImport?.("unsettled"));

function collect(index: number, namespace: Record<string, unknown>): void {
  const file = modules[index]!.file;
  const workflows: WireWorkflow[] = [];
  const problems: WireProblem[] = [];
  const nonJson: (ReturnType<typeof irToWire>["problems"][number] & { workflow: string })[] = [];
  let found = 0;
  for (const exportName of Object.keys(namespace).sort()) {
    const value = namespace[exportName];
    if (!isWorkflow(value)) continue;
    found++;
    try {
      const ir = buildWorkflow(value);
      // Call sites go as the frames of the bundle: the compiler maps the few it reports.
      process.setSourceMapsEnabled(false);
      let wire: ReturnType<typeof irToWire>;
      try {
        wire = irToWire(ir, exportName);
      } finally {
        process.setSourceMapsEnabled(true);
      }
      const { workflow, problems: values } = wire;
      workflows.push(workflow);
      for (const problem of values) nonJson.push({ ...problem, workflow: String(workflow.ir.name) });
    } catch (error) {
      if (DslError.is(error)) problems.push({ code: error.code, message: error.message, site: error.site ?? { file, line: 1, column: 1 } });
      else problems.push(thrownProblem(error, file, undefined));
    }
  }
  if (found === 0 && !problems.length) {
    problems.push({ code: "ASLC302", message: "the module exports no workflow: export the chain that workflow(…) starts (export default workflow(…)…), or rename the file so it does not end in .workflow.ts", site: { file, line: 1, column: 1 } });
  }
  for (const code of exits.splice(0)) {
    if (!problems.some((p) => p.code === "ASLC310")) problems.push({ code: "ASLC310", message: `the module called process.exit(${String(code)}) while loading: a workflow module must not end the process; remove the call or move it out of module scope`, site: { file, line: 1, column: 1 } });
  }
  send({ type: "module", index, workflows, problems, nonJson, output: takeOutput(), outputSite: takeOutputSite() });
}

async function load(entry: ModuleEntry, index: number): Promise<void> {
  current = index;
  send({ type: "start", index });
  let namespace: Record<string, unknown>;
  try {
    const outcome = await Promise.race([import(entry.url) as Promise<Record<string, unknown>>, new Promise<"unsettled">((resolve) => (settleImport = resolve))]);
    settleImport = undefined;
    if (outcome === "unsettled") {
      send({ type: "unsettled", index });
      return;
    }
    namespace = outcome;
  } catch (error) {
    settleImport = undefined;
    const problem = thrownProblem(error, entry.file, undefined);
    exits.splice(0);
    send({ type: "module", index, workflows: [], problems: [problem], nonJson: [], output: takeOutput(), outputSite: takeOutputSite() });
    return;
  }
  collect(index, namespace);
}

async function run(request: LoadRequest): Promise<void> {
  modules = request.modules;
  // The channel must not keep the process alive, or a top-level await that never settles
  // could not be told from one still waiting.
  channel?.unref();
  for (const [index, entry] of modules.entries()) await load(entry, index);
  // Timers a module started get a moment to fire before the answer is final.
  await new Promise((resolve) => setTimer(resolve, request.settleMs));
  const rest = takeOutput();
  if (rest) send({ type: "late", index: Math.max(current, 0), output: rest });
  // Whatever the modules left running must not hold the answer back.
  send({ type: "done" }, () => exit(0));
}

process.once("message", (request: LoadRequest) => void run(request));
send({ type: "ready" });
