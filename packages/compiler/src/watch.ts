/**
 * `watch`: builds, then rebuilds whenever a TypeScript file under the watched folders changes.
 * The type checker's program is kept between builds, so a rebuild re-reads only what changed.
 */
import { watch as watchFiles } from "node:fs";
import { compile, type CompileResult } from "./compile.ts";
import { searchRoots } from "./load/discover.ts";
import { BuildCache } from "./incremental/build-cache.ts";
import { createChecker, type Checker } from "./load/checker.ts";

export interface WatchOptions {
  readonly paths?: readonly string[];
  readonly cwd?: string;
  /** Called after every build, the first one included. */
  readonly onBuild: (result: CompileResult, milliseconds: number) => void;
}

export interface Watcher {
  close(): void;
  /** Resolves when the build in progress (if any) has finished. */
  idle(): Promise<void>;
}

export function watch(options: WatchOptions): Watcher {
  const cwd = options.cwd ?? process.cwd();
  const roots = searchRoots(options.paths ?? [], cwd);
  let checker: Checker | undefined;
  const cache = new BuildCache();
  let running: Promise<void> = Promise.resolve();
  let pending = false;
  let timer: NodeJS.Timeout | undefined;

  const build = () => {
    running = running.then(async () => {
      pending = false;
      const started = performance.now();
      checker ??= await createChecker(cwd);
      const result = await compile({ paths: options.paths, cwd, checker, cache });
      options.onBuild(result, performance.now() - started);
    });
  };

  const watchers = roots.map((root) =>
    watchFiles(root, { recursive: true }, (_event, name) => {
      if (!name || !/\.(ts|mts|cts)$/.test(name) || name.includes("node_modules")) return;
      if (pending) return;
      pending = true;
      clearTimeout(timer);
      // Editors write a file in several steps; one rebuild per burst of events.
      timer = setTimeout(build, 50);
    }),
  );
  build();
  return {
    close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
      void running.then(() => checker?.close());
    },
    idle: () => running,
  };
}
