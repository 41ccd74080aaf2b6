/**
 * Starting the loading process: Node's permission model lets it read files and nothing else
 * (no writes, no child processes, no threads). Node 20 names the flag
 * `--experimental-permission`, later versions `--permission`. IPC uses structured clone, so
 * nothing the modules patched (JSON.stringify, …) shapes what is sent.
 */
import { fork, type ChildProcess } from "node:child_process";
import { runnerScript } from "./runner-script.ts";

function permissionFlags(): string[] {
  const flag = process.allowedNodeEnvironmentFlags.has("--permission") ? "--permission" : "--experimental-permission";
  return [flag, "--allow-fs-read=*", "--disable-warning=ExperimentalWarning"];
}

/** A loading process that has started and is waiting for its modules. */
export interface LoaderProcess {
  readonly child: ChildProcess;
  /** Resolves once the process is ready for its request (false if it died first). */
  readonly ready: Promise<boolean>;
}

export async function startLoader(cwd: string): Promise<LoaderProcess> {
  const script = await runnerScript();
  const env = { ...process.env };
  // The compiler's own loaders (a TypeScript loader, a test runner's hooks) are not the modules'.
  delete env.NODE_OPTIONS;
  const child = fork(script, [], { cwd, env, execArgv: permissionFlags(), serialization: "advanced", stdio: ["ignore", "pipe", "pipe", "ipc"] });
  const ready = new Promise<boolean>((resolve) => {
    const onMessage = (message: { type?: unknown }) => {
      if (message?.type !== "ready") return;
      child.off("message", onMessage);
      resolve(true);
    };
    child.on("message", onMessage);
    child.once("exit", () => resolve(false));
    child.once("error", () => resolve(false));
  });
  return { child, ready };
}

/** Keeps one loading process started ahead of the next build (watch mode), so a rebuild does not wait for Node to start. */
export class WarmLoader {
  private next: Promise<LoaderProcess> | undefined;

  constructor(private readonly cwd: string) {}

  /** A started process: the one kept warm when it is still alive, else a new one. */
  async take(): Promise<LoaderProcess> {
    const warm = this.next;
    this.next = undefined;
    if (warm) {
      const loader = await warm;
      if (loader.child.exitCode === null && loader.child.signalCode === null && loader.child.connected) return loader;
    }
    return startLoader(this.cwd);
  }

  /** Starts the process the next build will take. */
  prepare(): void {
    this.next ??= startLoader(this.cwd);
    // A waiting process must not keep the compiler alive.
    void this.next.then((loader) => unrefLoader(loader)).catch(() => undefined);
  }

  close(): void {
    const warm = this.next;
    this.next = undefined;
    void warm?.then((loader) => loader.child.kill("SIGKILL")).catch(() => undefined);
  }
}

/** The process no longer keeps the compiler alive (a warm one waiting for work). */
export function unrefLoader(loader: LoaderProcess): void {
  loader.child.unref();
  (loader.child as unknown as { channel?: { unref(): void } }).channel?.unref();
  (loader.child.stdout as unknown as { unref?(): void })?.unref?.();
  (loader.child.stderr as unknown as { unref?(): void })?.unref?.();
}

/** The process keeps the compiler alive while it works. */
export function refLoader(loader: LoaderProcess): void {
  loader.child.ref();
  (loader.child as unknown as { channel?: { ref(): void } }).channel?.ref();
  (loader.child.stdout as unknown as { ref?(): void })?.ref?.();
  (loader.child.stderr as unknown as { ref?(): void })?.ref?.();
}
