/**
 * Workflow modules are bundled by esbuild (in the compiler's process: bundling runs no author
 * code): TypeScript is stripped and imports are resolved. Each workflow module is an entry of
 * its own and code they share goes to chunks (`splitting`), so the loading process can import
 * the modules one at a time, and time and blame each on its own, while shared code is still
 * loaded once. Inline source maps keep stack traces (and so the builder's call sites) pointing
 * at the author's own lines.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Metafile, Plugin } from "esbuild";

/** A bundle that failed to build: esbuild's messages with their locations. */
export class BundleError extends Error {
  constructor(readonly problems: readonly { file?: string; line?: number; column?: number; text: string }[]) {
    super(problems.map((p) => p.text).join("\n"));
    this.name = "BundleError";
  }
}

// Bundled CommonJS code may call require(); give ESM output a real one.
export const BANNER = 'import { createRequire as __aslcCreateRequire } from "node:module"; const require = __aslcCreateRequire(import.meta.url);';

/**
 * Installed JavaScript packages (zod, …) are not copied into the bundle: they are imported from
 * the file esbuild resolves them to, by absolute URL, so the bundle can be loaded from anywhere.
 * TypeScript packages (a workspace's own, such as the DSL) are bundled, since Node cannot
 * import them.
 */
/** The URL each importer's bare specifier was resolved to (`importer \0 specifier`), for import-cycles.ts. */
export const installedPackageUrls = new Map<string, string>();

export const installedPackagesExternal: Plugin = {
  name: "installed-packages-external",
  setup(build) {
    const cache = new Map<string, Promise<Awaited<ReturnType<typeof build.resolve>>>>();
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === "resolving" || args.path.startsWith("node:") || args.kind === "entry-point") return undefined;
      const key = `${args.resolveDir}\0${args.path}`;
      if (!cache.has(key)) cache.set(key, build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: "resolving" }));
      const resolved = await cache.get(key)!;
      if (resolved.errors.length > 0 || resolved.external) return resolved.errors.length > 0 ? { errors: resolved.errors } : { path: args.path, external: true };
      if (/\.(c|m)?tsx?$/.test(resolved.path)) return { path: resolved.path };
      const url = pathToFileURL(resolved.path).href;
      installedPackageUrls.set(`${args.importer}\0${args.path}`, url);
      return { path: url, external: true };
    });
  },
};

/** Bundled modules on disk, ready to be imported by URL; `dispose` removes them. */
export interface Bundle {
  /** The entry of each module, in the order given. */
  readonly urls: readonly string[];
  readonly metafile: Metafile;
  /** The JavaScript of every file written, by path: call sites are mapped through its source maps. */
  readonly sources: Map<string, string>;
  dispose(): void;
}

/** Bundles the modules into a folder (a new temporary one by default), one entry per module. */
export async function bundleModules(files: readonly string[], resolveDir: string, plugins: readonly Plugin[] = [], dir = mkdtempSync(join(tmpdir(), "aslc-"))): Promise<Bundle> {
  const { build } = await import("esbuild");
  try {
    const result = await build({
      entryPoints: files.map((file, i) => ({ in: file, out: `m${i}` })),
      outdir: dir,
      outExtension: { ".js": ".mjs" },
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      write: false,
      metafile: true,
      sourcemap: "inline",
      absWorkingDir: resolveDir,
      banner: { js: BANNER },
      plugins: [...plugins, installedPackagesExternal],
      logLevel: "silent",
    });
    const sources = new Map<string, string>();
    for (const output of result.outputFiles) {
      mkdirSync(dirname(output.path), { recursive: true });
      writeFileSync(output.path, output.contents);
      sources.set(output.path, output.text);
    }
    return {
      urls: files.map((_, i) => pathToFileURL(join(dir, `m${i}.mjs`)).href),
      metafile: result.metafile,
      sources,
      dispose: () => rmSync(dir, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const problems = (error as { errors?: { text: string; location?: { file: string; line: number; column: number } | null }[] }).errors;
    throw new BundleError(
      (problems ?? [{ text: String(error) }]).map((e) => ({
        text: e.text,
        file: e.location ? join(resolveDir, e.location.file) : undefined,
        line: e.location?.line,
        column: e.location ? e.location.column + 1 : undefined,
      })),
    );
  }
}
