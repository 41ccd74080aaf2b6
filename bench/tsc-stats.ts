/**
 * Runs the workspace's TypeScript compiler on one tsconfig with --extendedDiagnostics and reads
 * back what the checker reports about itself, plus any diagnostics it printed.
 */
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
/** The compiler from node_modules, not whatever tsc is on PATH. */
const TSC = join(dirname(require.resolve("typescript/package.json")), "bin", "tsc");

export interface TscStats {
  /** "Check time", in seconds. */
  readonly checkTime: number;
  readonly instantiations: number;
  readonly types: number;
  /** Each error diagnostic (`file(line,col): error TS…` and its indented continuation lines). */
  readonly errors: readonly string[];
  readonly timedOut: boolean;
  /** Set when the compiler did not finish normally (crash, out of memory, timeout). */
  readonly failure?: string;
}

/** Groups an error line with the indented lines that continue its message. */
function errorBlocks(output: string): string[] {
  const blocks: string[] = [];
  let open = false;
  for (const line of output.split("\n")) {
    if (/ error TS\d+:/.test(line)) {
      blocks.push(line);
      open = true;
    } else if (open && /^\s+\S/.test(line)) {
      blocks[blocks.length - 1] += `\n${line}`;
    } else {
      open = false;
    }
  }
  return blocks;
}

function stat(output: string, label: string): number {
  const match = new RegExp(`^${label}:\\s+([\\d.]+)`, "m").exec(output);
  return match ? Number(match[1]) : Number.NaN;
}

/** Checks the project once; a run past `timeoutMs` is stopped and reported as timed out. */
export function runTsc(tsconfig: string, timeoutMs: number): Promise<TscStats> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [TSC, "-p", tsconfig, "--noEmit", "--extendedDiagnostics"],
      { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const timedOut = error !== null && error.killed === true;
        const checkTime = stat(stdout, "Check time");
        // tsc exits non-zero when it reports errors; only missing statistics mean it did not finish.
        const failure = timedOut
          ? `stopped after ${timeoutMs / 1000} s`
          : Number.isNaN(checkTime)
            ? `tsc did not finish: ${(stderr || error?.message || "no output").trim().split("\n").slice(0, 5).join(" | ")}`
            : undefined;
        resolve({
          checkTime,
          instantiations: stat(stdout, "Instantiations"),
          types: stat(stdout, "Types"),
          errors: errorBlocks(stdout),
          timedOut,
          ...(failure === undefined ? {} : { failure }),
        });
      },
    );
  });
}
