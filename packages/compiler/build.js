// Bundles the compiler's JavaScript with esbuild: one ES module per entry (plus shared chunks),
// so `aslc` starts by loading a few files instead of the hundred modules of its sources.
// Declarations come from tsc (tsconfig.build.json). Installed packages, the DSL included, stay
// imports: a workflow module and the compiler must share one DSL and one zod.
import { build } from "esbuild";
import { readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = dirname(fileURLToPath(import.meta.url));
const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));

/**
 * Every file Node starts on its own: the library, the CLI, and each module the compiler runs in
 * a thread or child process (found beside the code that starts it, as `./<name>.mjs`).
 */
const ENTRIES = {
  index: "src/index.ts",
  cli: "src/cli.ts",
  "type-check-worker": "src/load/type-check-worker.ts",
};

for (const name of Object.keys(ENTRIES)) rmSync(join(packageDir, "dist", `${name}.mjs`), { force: true });

await build({
  absWorkingDir: packageDir,
  entryPoints: Object.entries(ENTRIES).map(([out, input]) => ({ in: input, out })),
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  // Chunks sit beside the entries: the code that starts a worker finds it relative to itself.
  chunkNames: "chunk-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})],
  // Bundled CommonJS code may call require(); give the ES modules a real one.
  banner: { js: 'import { createRequire as __aslcCreateRequire } from "node:module"; const require = __aslcCreateRequire(import.meta.url);' },
  logLevel: "warning",
});
