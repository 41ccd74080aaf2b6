// The compiler runs from an esbuild bundle of its TypeScript sources (and the DSL's): loading
// one JavaScript file is far quicker than sending each source file through a TypeScript loader.
// The bundle is rebuilt whenever any source is newer than it, so it can never run stale code.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, "..");
const distDir = join(packageDir, "dist");
const sourceDirs = [join(packageDir, "src"), dirname(fileURLToPath(import.meta.resolve("@aslc/dsl")))];
// Third-party packages stay imports; only this repository's TypeScript is bundled.
const external = ["ts-morph", "prettier", "esbuild", "zod", "typescript"];
export const ENTRIES = {
  cli: join(packageDir, "src", "cli.ts"),
  index: join(packageDir, "src", "index.ts"),
  "type-check-worker": join(packageDir, "src", "load", "type-check-worker.ts"),
  "load-runner": join(packageDir, "src", "load", "isolate", "runner.ts"),
};

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function builtAt(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * Returns the path of the bundled entry (`cli` or `index`), building every entry first if any
 * is stale (the CLI starts the type-check worker from the same folder).
 */
export async function ensureDist(name) {
  const target = join(distDir, `${name}.mjs`);
  const newest = Math.max(...sourceDirs.map(newestSource));
  if (Object.keys(ENTRIES).every((entry) => builtAt(join(distDir, `${entry}.mjs`)) >= newest)) return target;
  const { build } = await import("esbuild");
  mkdirSync(distDir, { recursive: true });
  // Several processes may rebuild at once: each builds into its own folder, and renames are atomic.
  const temp = join(distDir, `.build-${process.pid}`);
  await build({
    entryPoints: Object.entries(ENTRIES).map(([out, input]) => ({ in: input, out })),
    outdir: temp,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: "inline",
    external,
    banner: { js: 'import { createRequire as __aslcCreateRequire } from "node:module"; const require = __aslcCreateRequire(import.meta.url);' },
    logLevel: "warning",
  });
  for (const entry of Object.keys(ENTRIES)) renameSync(join(temp, `${entry}.mjs`), join(distDir, `${entry}.mjs`));
  rmSync(temp, { recursive: true, force: true });
  return target;
}
