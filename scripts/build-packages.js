// Builds both packages' JavaScript with esbuild: one ES module per entry (plus shared chunks), so
// `aslc` starts by loading a few files instead of the hundred and more of its sources and the
// DSL's. Declarations come from tsc (each package's tsconfig.build.json; `npm run build` runs
// both). Installed packages stay imports, the DSL included: a workflow module and the compiler
// must share one DSL and one zod.
import { build } from "esbuild";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const packagesDir = join(dirname(fileURLToPath(import.meta.url)), "..", "packages");

/**
 * Each package's entries: what users import (index), what aslc's own packages and tests import
 * besides (internal, sharing its chunks with index, so each module has one copy), and every file
 * Node starts on its own (the CLI, and each module the compiler runs in a thread or child
 * process, which the code that starts it finds beside itself as `./<name>.mjs`).
 */
const ENTRIES = {
  dsl: { index: "src/index.ts", internal: "src/internal.ts" },
  compiler: {
    index: "src/index.ts",
    internal: "src/internal.ts",
    cli: "src/cli.ts",
    "type-check-worker": "src/load/type-check-worker.ts",
    "load-runner": "src/load/isolate/runner.ts",
  },
};

for (const [name, entries] of Object.entries(ENTRIES)) {
  const packageDir = join(packagesDir, name);
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
  const dist = join(packageDir, "dist");
  const result = await build({
    absWorkingDir: packageDir,
    entryPoints: Object.entries(entries).map(([out, input]) => ({ in: input, out })),
    outdir: "dist",
    outExtension: { ".js": ".mjs" },
    // Chunks sit beside the entries: code that starts a worker finds it relative to itself.
    chunkNames: "chunk-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})],
    // Bundled CommonJS code may call require(); give the ES modules a real one.
    banner: { js: 'import { createRequire as __aslcCreateRequire } from "node:module"; const require = __aslcCreateRequire(import.meta.url);' },
    write: false,
    logLevel: "warning",
  });
  // `aslc` may be running from dist/ while it is rebuilt (tests pack the packages, which rebuilds
  // them): each file is replaced by a rename, which is atomic, and only when it changed.
  mkdirSync(dist, { recursive: true });
  for (const file of result.outputFiles) {
    if (existsSync(file.path) && readFileSync(file.path, "utf8") === file.text) continue;
    writeFileSync(`${file.path}.${process.pid}`, file.text);
    renameSync(`${file.path}.${process.pid}`, file.path);
  }
  // Chunk names change with their content: remove chunks this build did not write.
  const written = new Set(result.outputFiles.map((file) => file.path));
  for (const file of readdirSync(dist)) if (file.endsWith(".mjs") && !written.has(join(dist, file))) rmSync(join(dist, file));
}

/**
 * The DSL's language service plugin: tsserver loads a plugin with require(), from the package
 * folder it names, so it is one CommonJS file (`@aslc/dsl/editor` finds it through
 * editor/package.json) whose module is the plugin's init function. It takes TypeScript from
 * tsserver and bundles nothing else.
 */
{
  const packageDir = join(packagesDir, "dsl");
  const result = await build({
    absWorkingDir: packageDir,
    entryPoints: ["src/editor/plugin.ts"],
    outfile: "dist/editor.cjs",
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    external: ["typescript"],
    footer: { js: "module.exports = Object.assign(module.exports.default, module.exports);" },
    write: false,
    logLevel: "warning",
  });
  for (const file of result.outputFiles) {
    if (existsSync(file.path) && readFileSync(file.path, "utf8") === file.text) continue;
    writeFileSync(`${file.path}.${process.pid}`, file.text);
    renameSync(`${file.path}.${process.pid}`, file.path);
  }
}
