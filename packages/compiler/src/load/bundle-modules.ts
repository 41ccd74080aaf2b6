/**
 * Workflow modules are loaded as one esbuild bundle: TypeScript is stripped, imports are
 * resolved and everything becomes a single ES module, imported once. A loader hook per module
 * would cost a round trip to a hook thread for every file of every build; one bundle costs one
 * import. Inline source maps keep stack traces (and so the builder's call sites) pointing at
 * the author's own lines.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Plugin } from "esbuild";

/** A bundle that failed to build: esbuild's messages with their locations. */
export class BundleError extends Error {
  constructor(readonly problems: readonly { file?: string; line?: number; column?: number; text: string }[]) {
    super(problems.map((p) => p.text).join("\n"));
    this.name = "BundleError";
  }
}

// Bundled CommonJS code may call require(); give ESM output a real one.
const BANNER = 'import { createRequire as __aslcCreateRequire } from "node:module"; const require = __aslcCreateRequire(import.meta.url);';

/**
 * Installed JavaScript packages (zod, …) are not copied into the bundle: they are imported from
 * the file esbuild resolves them to, by absolute URL, so the bundle can be loaded from anywhere
 * and shares one instance of each package with everything else in the process. TypeScript
 * packages (a workspace's own, such as the DSL) are bundled, since Node cannot import them.
 */
const installedPackagesExternal: Plugin = {
  name: "installed-packages-external",
  setup(build) {
    const cache = new Map<string, Promise<Awaited<ReturnType<typeof build.resolve>>>>();
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === "resolving" || args.path.startsWith("node:")) return undefined;
      const key = `${args.resolveDir}\0${args.path}`;
      if (!cache.has(key)) cache.set(key, build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: "resolving" }));
      const resolved = await cache.get(key)!;
      if (resolved.errors.length > 0 || resolved.external) return resolved.errors.length > 0 ? { errors: resolved.errors } : { path: args.path, external: true };
      if (/\.(c|m)?tsx?$/.test(resolved.path)) return { path: resolved.path };
      return { path: pathToFileURL(resolved.path).href, external: true };
    });
  },
};

let counter = 0;

/** Bundles the modules and imports the result; the namespace of module i is under key `m<i>`. */
export async function importAsBundle(files: readonly string[], resolveDir: string): Promise<Record<string, Record<string, unknown>>> {
  const { build } = await import("esbuild");
  const entry = files.map((file, i) => `export * as m${i} from ${JSON.stringify(file)};`).join("\n");
  const result = await build({
    stdin: { contents: entry, resolveDir, loader: "ts", sourcefile: "aslc-entry.ts" },
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    write: false,
    sourcemap: "inline",
    // Map paths are relative to the working directory; the bundle is imported from a temporary
    // folder, so say where they are relative to.
    absWorkingDir: resolveDir,
    sourceRoot: `${pathToFileURL(resolveDir).href}/`,
    banner: { js: BANNER },
    plugins: [installedPackagesExternal],
    logLevel: "silent",
  }).catch((error: { errors?: { text: string; location?: { file: string; line: number; column: number } | null }[] }) => {
    throw new BundleError(
      (error.errors ?? [{ text: String(error) }]).map((e) => ({
        text: e.text,
        file: e.location ? join(resolveDir, e.location.file) : undefined,
        line: e.location?.line,
        column: e.location ? e.location.column + 1 : undefined,
      })),
    );
  });
  const dir = mkdtempSync(join(tmpdir(), "aslc-"));
  const file = join(dir, `workflows-${process.pid}-${++counter}.mjs`);
  try {
    writeFileSync(file, result.outputFiles[0]!.text);
    return (await import(pathToFileURL(file).href)) as Record<string, Record<string, unknown>>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
