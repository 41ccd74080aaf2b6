/** Wall-clock timing of child processes: the benchmark's one way of measuring. */
import { spawn, spawnSync } from "node:child_process";

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs a command to completion and returns its wall time in ms; throws on failure. */
export function timed(command: string, args: readonly string[], cwd: string): { ms: number; stdout: string } {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return { ms, stdout: result.stdout };
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

/**
 * The peak resident memory, in MB, of a command and the processes it waited for, as GNU time
 * reports it; undefined where /usr/bin/time is not installed.
 */
export function peakMemoryMb(command: string, args: readonly string[], cwd: string): number | undefined {
  const result = spawnSync("/usr/bin/time", ["-f", "peak-kb %M", command, ...args], { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (result.error) return undefined;
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  const kb = /peak-kb (\d+)/.exec(result.stderr)?.[1];
  return kb === undefined ? undefined : Number(kb) / 1024;
}
