/**
 * Timing of child processes: wall-clock time, and where GNU time is installed, the CPU time
 * (user and system, every thread and waited-for process) and peak memory of the same run. On a
 * machine others are using, wall time follows their load and CPU time much less.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const GNU_TIME = "/usr/bin/time";
const hasGnuTime = existsSync(GNU_TIME);
/** The line GNU time appends to the command's stderr: user and system seconds, peak KB. */
const USAGE = /^aslc-bench-usage ([\d.]+) ([\d.]+) (\d+)$/m;

export interface Run {
  /** Wall time. */
  readonly ms: number;
  /** User and system CPU time; undefined without GNU time. */
  readonly cpuMs?: number;
  /** Peak resident memory of the command or the largest process it waited for; undefined without GNU time. */
  readonly peakMb?: number;
  readonly stdout: string;
}

/** Runs a command to completion and measures it; throws on failure. */
export function timed(command: string, args: readonly string[], cwd: string): Run {
  const [file, argv] = hasGnuTime ? [GNU_TIME, ["-f", "aslc-bench-usage %U %S %M", command, ...args]] : [command, [...args]];
  const started = performance.now();
  const result = spawnSync(file, argv, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  const usage = USAGE.exec(result.stderr);
  if (!usage) return { ms, stdout: result.stdout };
  return { ms, cpuMs: (Number(usage[1]) + Number(usage[2])) * 1000, peakMb: Number(usage[3]) / 1024, stdout: result.stdout };
}

/** Starts a long-running command and resolves each time its output matches. */
export function follow(command: string, args: readonly string[], cwd: string) {
  const child = spawn(command, args, { cwd });
  let output = "";
  let waiting: { pattern: RegExp; from: number; resolve: (m: RegExpMatchArray) => void } | undefined;
  const check = () => {
    if (!waiting) return;
    const match = output.slice(waiting.from).match(waiting.pattern);
    if (match) {
      const w = waiting;
      waiting = undefined;
      w.resolve(match);
    }
  };
  child.stdout.on("data", (d) => ((output += d), check()));
  child.stderr.on("data", (d) => ((output += d), check()));
  return {
    next(pattern: RegExp, timeoutMs = 300_000): Promise<RegExpMatchArray> {
      const from = output.length;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; output:\n${output}`)), timeoutMs);
        waiting = { pattern, from, resolve: (m) => (clearTimeout(timer), resolve(m)) };
        check();
      });
    },
    stop: () => new Promise<void>((resolve) => (child.once("exit", () => resolve()), child.kill("SIGTERM"))),
  };
}
