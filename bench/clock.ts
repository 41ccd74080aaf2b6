/**
 * The three clocks the benchmarks read for an operation:
 *   wall    what the editor waits for the answer
 *   cpu     the CPU time of the whole process, which counts V8's garbage-collector threads too
 *           (they run beside the main thread, so cpu can exceed wall)
 *   thread  the CPU time of the main thread alone, where the language service runs: wall time
 *           without the time spent waiting for a core, which on a busy machine is most of the difference
 */
import { readFileSync } from "node:fs";

export interface Reading {
  readonly wall: number;
  readonly cpu: number;
  readonly thread: number;
}

export type Clock = keyof Reading;
export const CLOCKS: readonly Clock[] = ["wall", "cpu", "thread"];

/**
 * Milliseconds the calling thread has run on a CPU: the first field of Linux's
 * /proc/thread-self/schedstat (nanoseconds). NaN where there is no such file.
 */
function threadMs(): number {
  try {
    return Number(readFileSync("/proc/thread-self/schedstat", "utf8").split(" ")[0]) / 1e6;
  } catch {
    return Number.NaN;
  }
}

function read(): Reading {
  const { user, system } = process.cpuUsage();
  return { wall: performance.now(), cpu: (user + system) / 1000, thread: threadMs() };
}

/** Runs `work` and returns the milliseconds each clock counted while it ran. */
export function timed(work: () => unknown): Reading {
  const start = read();
  work();
  const end = read();
  return { wall: end.wall - start.wall, cpu: end.cpu - start.cpu, thread: end.thread - start.thread };
}

/**
 * Awaits `work`, done by another process (a language server), and returns its result and the
 * wall milliseconds it took. The other clocks count this process alone, which only waits: they
 * are NaN, not a misleading near-zero.
 */
export async function timedElsewhere<T>(work: () => Promise<T>): Promise<{ reading: Reading; result: T }> {
  const start = performance.now();
  const result = await work();
  return { reading: { wall: performance.now() - start, cpu: Number.NaN, thread: Number.NaN }, result };
}
