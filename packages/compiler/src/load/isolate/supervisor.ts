/**
 * The watchdog over the loading process. It hands the process the modules, times each module
 * from the moment it starts, and turns whatever a module does besides exporting workflows into
 * a diagnostic against that module: ending the process, running past the time limit, a
 * top-level await that never settles, throwing later, printing. A process that stops or is
 * stopped leaves the modules after the culprit to a new process.
 */
import { isDiagnosticCode, type DiagnosticCode } from "@aslc/dsl";
import type { Diagnostic } from "../../diagnostics.ts";
import { irFromWire } from "./ir-wire.ts";
import { nonJsonMessage } from "./json-values.ts";
import type { SiteMapper } from "./site-mapper.ts";
import { refLoader, startLoader, type LoaderProcess } from "./loader-process.ts";
import type { ModuleEntry, RunnerMessage, WireProblem } from "./protocol.ts";
import type { LoadedWorkflow } from "../load-workflows.ts";

/** @default 5000 — how long one module may take to load. */
export const DEFAULT_MODULE_TIMEOUT_MS = 5000;
/** How long the loading process waits after the last module for timers that fire later. */
const SETTLE_MS = 20;
/** What a module printed is quoted in its diagnostic up to this many characters. */
const MAX_QUOTED_OUTPUT = 2000;

export interface ModuleOutcome {
  readonly workflows: LoadedWorkflow[];
  readonly diagnostics: Diagnostic[];
}

function error(code: DiagnosticCode, message: string, file: string, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { code, severity: "error", message, site: { file, line: 1, column: 1 }, ...extra };
}

function quoted(output: string): string {
  const text = output.trimEnd();
  return text.length > MAX_QUOTED_OUTPUT ? `${text.slice(0, MAX_QUOTED_OUTPUT)}…` : text;
}

function isSite(value: unknown): value is { file: string; line: number; column: number } {
  const site = value as { file?: unknown; line?: unknown; column?: unknown } | null;
  return typeof site === "object" && site !== null && typeof site.file === "string" && Number.isInteger(site.line) && Number.isInteger(site.column);
}

/** A problem from the loading process, checked: only aslc's own codes, with a message and a position. */
function problemDiagnostic(problem: WireProblem, file: string): Diagnostic {
  if (typeof problem?.code !== "string" || !isDiagnosticCode(problem.code) || typeof problem.message !== "string") {
    return error("ASLC318", "the loading process sent a problem the compiler cannot read: load the module again; if it persists, report it", file);
  }
  return { code: problem.code, severity: "error", message: problem.message, site: isSite(problem.site) ? problem.site : { file, line: 1, column: 1 } };
}

function printed(output: string, file: string, when: string, site?: unknown): Diagnostic {
  return error("ASLC314", `the module printed while ${when} (a workflow module must not write to stdout or stderr: remove the console.log or move it out of module scope):\n${quoted(output)}`, file, isSite(site) ? { site } : {});
}

/** Turns what the process sent for one module into workflows and diagnostics. */
function moduleOutcome(message: Extract<RunnerMessage, { type: "module" }>, file: string, into: ModuleOutcome, sites: SiteMapper): void {
  for (const problem of Array.isArray(message.problems) ? message.problems : []) into.diagnostics.push(problemDiagnostic(problem, file));
  const broken = new Set<string>();
  for (const value of Array.isArray(message.nonJson) ? message.nonJson : []) {
    const state = typeof value.state === "string" ? value.state : undefined;
    const workflow = typeof value.workflow === "string" ? value.workflow : undefined;
    if (workflow) broken.add(workflow);
    const owner = state ? `state '${state}'` : `workflow '${workflow ?? "?"}'`;
    into.diagnostics.push({
      code: "ASLC317",
      severity: "error",
      workflow,
      state,
      message: `${owner}: ${nonJsonMessage({ path: String(value.path), what: String(value.what), instead: String(value.instead) })}`,
      site: isSite(value.site) ? value.site : ((Array.isArray(value.frames) && value.frames.every(isSite) ? sites.site(value.frames) : undefined) ?? { file, line: 1, column: 1 }),
    });
  }
  for (const wire of Array.isArray(message.workflows) ? message.workflows : []) {
    try {
      const { exportName, ir } = irFromWire(wire, sites);
      if (!broken.has(ir.name)) into.workflows.push({ file, exportName, ir });
    } catch (problem) {
      const what = problem instanceof Error ? problem.message : String(problem);
      into.diagnostics.push(error("ASLC318", `the loading process sent a workflow the compiler cannot read (${what}): load the module again; if it persists, report it`, file));
    }
  }
  if (typeof message.output === "string" && message.output.length > 0) into.diagnostics.push(printed(message.output, file, "loading", message.outputSite));
}

export interface SuperviseOptions {
  /** @default DEFAULT_MODULE_TIMEOUT_MS */
  readonly moduleTimeoutMs?: number;
}

interface Supervision extends SuperviseOptions {
  /** Resolves call sites from the frames the loading process sends. */
  readonly sites: SiteMapper;
}

/**
 * Runs the modules in one loading process. Returns how far it got: the index of the first
 * module it did not answer for (modules.length when it answered for all).
 */
async function superviseOne(loader: LoaderProcess, modules: readonly ModuleEntry[], outcomes: ModuleOutcome[], options: Supervision): Promise<number> {
  const { child } = loader;
  const limit = options.moduleTimeoutMs ?? DEFAULT_MODULE_TIMEOUT_MS;
  refLoader(loader);
  if (!(await loader.ready)) {
    // The process did not start: nothing of the modules ran, so blame none of them.
    throw new Error("the loading process did not start");
  }
  return new Promise<number>((resolve) => {
    let current = -1;
    let answered = -1;
    let finished = false;
    let timer: NodeJS.Timeout | undefined;
    const loose: string[] = [];
    const fileOf = (index: number) => modules[Math.max(0, Math.min(index, modules.length - 1))]!.file;
    const outcomeOf = (index: number) => outcomes[Math.max(0, Math.min(index, modules.length - 1))]!;
    const finish = (next: number) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      const pipeOutput = loose.splice(0).join("");
      if (pipeOutput) outcomeOf(current).diagnostics.push(printed(pipeOutput, fileOf(current), "loading"));
      child.removeAllListeners("message");
      child.removeAllListeners("exit");
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      resolve(next);
    };
    const arm = (ms: number, onTimeout: () => void) => {
      clearTimeout(timer);
      timer = setTimeout(onTimeout, ms);
    };
    const hang = () => {
      const index = Math.max(current, 0);
      outcomeOf(index).diagnostics.push(error("ASLC311", `the module did not finish loading within ${limit} ms (an endless loop, or work that waits at module scope): move the work out of module scope, or raise the limit with --module-timeout`, fileOf(index)));
      finish(index + 1);
    };
    // Output written past the patched streams (straight to the file descriptors).
    const onOutput = (chunk: Buffer) => loose.push(chunk.toString());
    child.stdout?.on("data", onOutput);
    child.stderr?.on("data", onOutput);
    child.on("message", (message: RunnerMessage) => {
      const index = typeof (message as { index?: unknown }).index === "number" ? (message as { index: number }).index : -1;
      if (index >= modules.length) return;
      switch (message?.type) {
        case "start":
          current = index;
          arm(limit, hang);
          break;
        case "module":
          answered = Math.max(answered, index);
          moduleOutcome(message, fileOf(index), outcomeOf(index), options.sites);
          // Until the next module starts, the time limit covers what comes between.
          arm(limit, hang);
          break;
        case "unsettled":
          answered = Math.max(answered, index);
          outcomeOf(index).diagnostics.push(error("ASLC312", "the module's top-level await never settles (it waits for a promise nothing will resolve): resolve or remove the await", fileOf(index)));
          break;
        case "late":
          if (message.problem) outcomeOf(index).diagnostics.push(problemDiagnostic(message.problem, fileOf(index)));
          if (typeof message.output === "string" && message.output.length > 0) outcomeOf(index).diagnostics.push(printed(message.output, fileOf(index), "its timers ran"));
          break;
        case "done":
          finish(modules.length);
          break;
      }
    });
    child.once("exit", (code, signal) => {
      if (finished) return;
      const index = current < 0 ? 0 : current;
      const how = signal ? `was stopped by ${signal}` : `ended the process with exit code ${code}`;
      if (answered >= index && current >= 0) {
        outcomeOf(index).diagnostics.push(error("ASLC310", `something the module started ${how} after it loaded: a workflow module must not end the process; remove the call`, fileOf(index)));
        finish(index + 1);
      } else {
        outcomeOf(index).diagnostics.push(error("ASLC310", `the module ${how} while loading: a workflow module must not end the process; remove the call or move it out of module scope`, fileOf(index)));
        finish(index + 1);
      }
    });
    // Until the first module starts, the process only imports the runner.
    arm(limit, hang);
    child.send({ type: "load", modules, settleMs: SETTLE_MS });
  });
}

/**
 * Loads every module in loading processes (the first one given, or a new one), each module at
 * most once: a process that stops leaves the modules after the culprit to the next.
 */
export async function superviseModules(modules: readonly ModuleEntry[], first: LoaderProcess | undefined, cwd: string, options: Supervision): Promise<ModuleOutcome[]> {
  const outcomes: ModuleOutcome[] = modules.map(() => ({ workflows: [], diagnostics: [] }));
  let from = 0;
  let loader = first;
  while (from < modules.length) {
    loader ??= await startLoader(cwd);
    const rest = modules.slice(from);
    const done = await superviseOne(loader, rest, outcomes.slice(from), options);
    loader = undefined;
    from += done;
  }
  return outcomes;
}
