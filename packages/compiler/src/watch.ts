/**
 * `watch`: builds, then rebuilds whenever a TypeScript file under the watched folders changes.
 * The type checker's program is kept between builds, so a rebuild re-reads only what changed,
 * and a loading process is started ahead of each rebuild, so it does not wait for Node.
 */
import { readdirSync, watch as watchFiles, type FSWatcher } from "node:fs";
import { join } from "node:path";
import { compile, type CompileOptions, type CompileResult } from "./compile.ts";
import { searchRoots } from "./load/discover.ts";
import { BuildCache } from "./incremental/build-cache.ts";
import { createChecker, type Checker } from "./load/checker.ts";
import { WarmLoader } from "./load/isolate/loader-process.ts";

export interface WatchOptions extends Pick<CompileOptions, "tsconfig" | "handlers"> {
  readonly paths?: readonly string[];
  readonly cwd?: string;
  /** @default 5000 (see CompileOptions.moduleTimeoutMs) */
  readonly moduleTimeoutMs?: number;
  /** Called after every build, the first one included. */
  readonly onBuild: (result: CompileResult, milliseconds: number) => void;
}

export interface Watcher {
  close(): void;
  /** Resolves when the build in progress (if any) has finished. */
  idle(): Promise<void>;
}

const SKIPPED_FOLDER = /^(node_modules|\..*)$/;

/**
 * Watches every folder under the roots, each on its own. A folder's watch reports every entry
 * written into it by name, however the editor saves: in place, by writing a temporary file and
 * renaming it over the old one (`sed -i`, many editors), or by deleting and recreating it. (A
 * watch on the file itself would follow the old file away after a rename.)
 */
class FolderWatch {
  private readonly watchers = new Map<string, FSWatcher>();

  constructor(private readonly onChange: (file: string) => void) {}

  add(dir: string): void {
    if (this.watchers.has(dir)) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
      const watcher = watchFiles(dir, (_event, name) => {
        if (!name) return;
        const path = join(dir, name.toString());
        // A new folder is watched too; one that went away is dropped when its watch errors.
        this.add(path);
        this.onChange(path);
      });
      watcher.on("error", () => this.remove(dir));
      this.watchers.set(dir, watcher);
    } catch {
      return;
    }
    for (const entry of entries) if (entry.isDirectory() && !SKIPPED_FOLDER.test(entry.name)) this.add(join(dir, entry.name));
  }

  private remove(dir: string): void {
    this.watchers.get(dir)?.close();
    this.watchers.delete(dir);
  }

  close(): void {
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }
}

export function watch(options: WatchOptions): Watcher {
  const cwd = options.cwd ?? process.cwd();
  const roots = searchRoots(options.paths ?? [], cwd);
  let checker: Checker | undefined;
  const cache = new BuildCache();
  const warmLoader = new WarmLoader(cwd);
  let running: Promise<void> = Promise.resolve();
  let pending = false;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const build = () => {
    running = running.then(async () => {
      pending = false;
      if (closed) return;
      const started = performance.now();
      checker ??= await createChecker(cwd);
      const result = await compile({ paths: options.paths, cwd, checker, cache, warmLoader, moduleTimeoutMs: options.moduleTimeoutMs, tsconfig: options.tsconfig, handlers: options.handlers });
      options.onBuild(result, performance.now() - started);
    });
  };

  const folders = new FolderWatch((file) => {
    if (!/\.(ts|mts|cts)$/.test(file) || file.includes("node_modules")) return;
    if (pending) return;
    pending = true;
    clearTimeout(timer);
    // Editors write a file in several steps; one rebuild per burst of events.
    timer = setTimeout(build, 50);
  });
  for (const root of roots) folders.add(root);
  build();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      folders.close();
      void running.then(() => {
        warmLoader.close();
        return checker?.close();
      });
    },
    idle: () => running,
  };
}
