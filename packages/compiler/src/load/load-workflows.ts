/**
 * Loads workflow modules and collects the workflows they export: the default export and every
 * named export built with `workflow(…)`. The modules are bundled here (see bundle-modules.ts)
 * and run in a supervised loading process of their own (see isolate/), never in the compiler's:
 * what comes back is plain data, checked on arrival.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { WorkflowIR } from "@aslc/dsl";
import type { Diagnostic } from "../diagnostics.ts";
import { BundleError, bundleModules, type Bundle } from "./bundle-modules.ts";
import { compileCycleMembers, cycleMembersExternal, cycleUrls, filesInCycles } from "./import-cycles.ts";
import { startLoader, type LoaderProcess, type WarmLoader } from "./isolate/loader-process.ts";
import { superviseModules, type SuperviseOptions } from "./isolate/supervisor.ts";
import type { ModuleEntry } from "./isolate/protocol.ts";
import { SiteMapper } from "./isolate/site-mapper.ts";

export interface LoadedWorkflow {
  readonly file: string;
  readonly exportName: string;
  readonly ir: WorkflowIR;
}

export interface Loaded {
  workflows: LoadedWorkflow[];
  diagnostics: Diagnostic[];
}

export interface LoadOptions extends SuperviseOptions {
  /** A loading process kept started between builds (watch mode). */
  readonly warm?: WarmLoader;
}

function bundleFailure(error: unknown, file: string): Diagnostic {
  const first = error instanceof BundleError ? error.problems[0] : undefined;
  const text = first?.text ?? (error instanceof Error ? error.message : String(error));
  return { code: "ASLC300", severity: "error", message: `the module cannot be loaded: ${text}: fix the import or the syntax it names`, site: first?.file ? { file: first.file, line: first.line ?? 1, column: first.column ?? 1 } : { file, line: 1, column: 1 } };
}

/**
 * Bundles the modules together; when that fails, each on its own, so each failure names its
 * own module and the others still load.
 */
async function bundleAll(files: readonly string[], resolveDir: string, byFile: Map<string, Loaded>): Promise<{ entries: ModuleEntry[]; bundles: Bundle[] }> {
  try {
    const bundle = await bundleModules(files, resolveDir);
    const cycles = filesInCycles(bundle.metafile, resolveDir);
    if (cycles.size === 0) return { entries: files.map((file, i) => ({ file, url: bundle.urls[i]! })), bundles: [bundle] };
    bundle.dispose();
    return await bundleAroundCycles(files, resolveDir, cycles);
  } catch {
    const entries: ModuleEntry[] = [];
    const bundles: Bundle[] = [];
    for (const file of files) {
      try {
        const bundle = await bundleModules([file], resolveDir);
        bundles.push(bundle);
        entries.push({ file, url: bundle.urls[0]! });
      } catch (error) {
        byFile.get(file)!.diagnostics.push(bundleFailure(error, file));
      }
    }
    return { entries, bundles };
  }
}

/**
 * Bundles what is outside import cycles; the files in cycles are compiled on their own and
 * imported by Node (see import-cycles.ts). What cycle members import from outside is bundled
 * as entries of its own, so they and the bundle share it.
 */
async function bundleAroundCycles(files: readonly string[], resolveDir: string, cycles: Set<string>): Promise<{ entries: ModuleEntry[]; bundles: Bundle[] }> {
  const first = await bundleModules(files.filter((file) => !cycles.has(file)).concat([...cycles]), resolveDir);
  const members = [...cycles].sort();
  const { metafile } = first;
  first.dispose();
  const dir = mkdtempSync(join(tmpdir(), "aslc-"));
  const urls = cycleUrls(members, dir);
  const outside = new Set<string>();
  for (const [input, info] of Object.entries(metafile.inputs)) {
    if (!cycles.has(resolve(resolveDir, input))) continue;
    for (const entry of info.imports) {
      const path = resolve(resolveDir, entry.path);
      if (!entry.external && !cycles.has(path)) outside.add(path);
    }
  }
  const plain = files.filter((file) => !cycles.has(file));
  const shared = [...outside].sort();
  const bundle = await bundleModules([...plain, ...shared], resolveDir, [cycleMembersExternal(urls)], dir);
  const sharedUrls = new Map(shared.map((file, i) => [file, bundle.urls[plain.length + i]!]));
  await compileCycleMembers(urls, metafile, resolveDir, (path) => sharedUrls.get(path), bundle.sources);
  return { entries: files.map((file) => ({ file, url: cycles.has(file) ? urls.get(file)! : bundle.urls[plain.indexOf(file)]! })), bundles: [bundle] };
}

/** Loads the modules and returns what each one gave, by file. */
export async function loadModules(files: readonly string[], resolveDir = process.cwd(), options: LoadOptions = {}): Promise<Map<string, Loaded>> {
  const byFile = new Map<string, Loaded>(files.map((file) => [file, { workflows: [], diagnostics: [] }]));
  if (files.length === 0) return byFile;
  // Node starts while esbuild bundles.
  const starting: Promise<LoaderProcess> = options.warm ? options.warm.take() : startLoader(resolveDir);
  starting.catch(() => undefined);
  const { entries, bundles } = await bundleAll(files, resolveDir, byFile);
  try {
    const loader = await starting;
    if (entries.length === 0) {
      loader.child.kill("SIGKILL");
      return byFile;
    }
    const sites = new SiteMapper(new Map(bundles.flatMap((bundle) => [...bundle.sources])));
    const outcomes = await superviseModules(entries, loader, resolveDir, { ...options, sites });
    entries.forEach((entry, i) => {
      const loaded = byFile.get(entry.file)!;
      loaded.workflows.push(...outcomes[i]!.workflows);
      loaded.diagnostics.push(...outcomes[i]!.diagnostics);
    });
    return byFile;
  } finally {
    for (const bundle of bundles) bundle.dispose();
    options.warm?.prepare();
  }
}

/** Loads the modules and returns every workflow they export, with the problems found. */
export async function loadWorkflows(files: readonly string[], resolveDir = process.cwd(), options: LoadOptions = {}): Promise<Loaded> {
  const all: Loaded = { workflows: [], diagnostics: [] };
  for (const loaded of (await loadModules(files, resolveDir, options)).values()) {
    all.workflows.push(...loaded.workflows);
    all.diagnostics.push(...loaded.diagnostics);
  }
  return all;
}
