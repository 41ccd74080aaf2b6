/**
 * A fresh project outside the repository that installs the packed tarballs with npm, pnpm or
 * yarn, as a user's project would, and runs commands in it. Package managers share one cache
 * folder across projects and runs, so only the first install downloads.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Tarballs } from "./packed.ts";

export type Manager = "npm" | "pnpm" | "yarn";

export interface RunResult {
  /** The project the command ran in. */
  readonly dir: string;
  readonly status: number | null;
  /** stdout and stderr together, in the order they came. */
  readonly output: string;
}

const CACHE = join(tmpdir(), "aslc-install-cache");

/** How each manager is started, with its cache in the shared folder. */
const MANAGERS: Record<Manager, { command: readonly string[]; add: readonly string[] }> = {
  npm: { command: ["npm"], add: ["install", "--no-audit", "--no-fund", "--cache", join(CACHE, "npm")] },
  pnpm: { command: ["npx", "-y", "pnpm@10"], add: ["add", "--store-dir", join(CACHE, "pnpm")] },
  yarn: { command: ["npx", "-y", "yarn@1"], add: ["add", "--non-interactive", "--cache-folder", join(CACHE, "yarn")] },
};

/**
 * The environment of a command in the project: the test run's own package-manager settings
 * (npm_config_*, set when the tests run under `pnpm test`) would leak into the user's project.
 */
function userEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { NO_COLOR: "1", ASLC_NPM_CACHE: join(CACHE, "npm") };
  for (const [key, value] of Object.entries(process.env)) if (!/^(npm_|pnpm_|PNPM_|INIT_CWD|VITEST|NODE_OPTIONS)/i.test(key)) env[key] = value;
  return env;
}

export class InstalledProject {
  readonly dir: string;

  constructor(
    readonly manager: Manager,
    name: string,
  ) {
    this.dir = mkdtempSync(join(tmpdir(), `aslc-${name}-`));
    this.write("package.json", JSON.stringify({ name: `aslc-${name}`, version: "1.0.0", private: true, type: "module" }, null, 2));
  }

  write(path: string, content: string): void {
    mkdirSync(dirname(join(this.dir, path)), { recursive: true });
    writeFileSync(join(this.dir, path), content);
  }

  read(path: string): string {
    return readFileSync(join(this.dir, path), "utf8");
  }

  run(command: string, args: readonly string[]): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, { cwd: this.dir, env: userEnvironment() });
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.on("error", reject);
      child.on("close", (status) => resolve({ dir: this.dir, status, output }));
    });
  }

  /** Installs the tarballs and the given packages (`name@range`) with the project's manager. */
  install(tarballs: Tarballs, packages: readonly string[]): Promise<RunResult> {
    const [command, ...prefix] = MANAGERS[this.manager].command;
    return this.run(command!, [...prefix, ...MANAGERS[this.manager].add, tarballs.dsl, tarballs.compiler, ...packages]);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Runs a command the packages installed in node_modules/.bin (aslc, tsc). */
  bin(name: string, args: readonly string[]): Promise<RunResult> {
    return this.run(join(this.dir, "node_modules", ".bin", name), args);
  }
}
