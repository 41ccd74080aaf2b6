/** Runs the `aslc` command as a user would, in a project folder. */
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { REPO } from "./temp-project.ts";

const BIN = join(REPO, "packages", "compiler", "bin", "aslc.js");

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function aslc(cwd: string, ...args: string[]): CliResult {
  return aslcWith({}, cwd, ...args);
}

/**
 * `aslc` with more control: environment variables (set to undefined to remove one; NO_COLOR is
 * set unless given), and the user it runs as (`uid`, which needs root).
 */
export function aslcWith(options: { env?: Record<string, string | undefined>; uid?: number }, cwd: string, ...args: string[]): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", CI: "1", ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env, uid: options.uid, gid: options.uid });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts `aslc watch` and lets a test wait for lines of its output. */
export function aslcWatch(cwd: string, ...args: string[]) {
  const child = spawn(process.execPath, [BIN, "watch", ...args], { cwd, env: { ...process.env, NO_COLOR: "1" } });
  let output = "";
  const waiters: { test: (text: string) => boolean; resolve: () => void }[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const w of [...waiters]) if (w.test(output)) (waiters.splice(waiters.indexOf(w), 1), w.resolve());
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  return {
    output: () => output,
    /** Resolves once the output (so far) satisfies the test. */
    until(test: (text: string) => boolean, timeoutMs = 60_000): Promise<void> {
      if (test(output)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out; output so far:\n${output}`)), timeoutMs);
        waiters.push({ test, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
    stop(): Promise<void> {
      return new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      });
    },
  };
}
