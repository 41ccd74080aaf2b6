/**
 * The outputs manifest, `aslc.outputs.json`, one per output folder: every file a build generated
 * there (handler stubs excepted: they are the author's) and the workflow module it came from. It
 * is how a build proves a file is its own: a generated file that no workflow produces any more is
 * an orphan, removed by the next build and reported by `check`; a file the manifest does not name
 * is never touched.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { FolderWrite, OutputFile } from "./atomic-write.ts";

export const MANIFEST_FILE = "aslc.outputs.json";

interface Manifest {
  readonly outputs: Readonly<Record<string, string>>;
}

/** What one workflow module rendered. */
export interface ModuleOutputs {
  readonly file: string;
  readonly outputs: readonly OutputFile[];
}

function portable(path: string): string {
  return path.split(sep).join("/");
}

function readManifest(path: string): Record<string, string> {
  try {
    const outputs = (JSON.parse(readFileSync(path, "utf8")) as Manifest).outputs;
    return outputs && typeof outputs === "object" ? { ...outputs } : {};
  } catch {
    // Missing or unreadable: nothing is proven generated.
    return {};
  }
}

export function renderManifest(outputs: Readonly<Record<string, string>>): string {
  const sorted = Object.fromEntries(Object.entries(outputs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const manifest = {
    description: "Files aslc generated in this folder and the workflow module of each; aslc build removes those no workflow produces any more.",
    outputs: sorted,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Folders under the search paths that hold a manifest: where a deleted workflow's outputs can be. */
function manifestFolders(paths: readonly string[], cwd: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    if (existsSync(join(dir, MANIFEST_FILE))) found.push(dir);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== "node_modules" && !entry.name.startsWith(".")) walk(join(dir, entry.name));
    }
  };
  for (const path of paths.length > 0 ? paths : ["."]) {
    const absolute = resolve(cwd, path);
    if (statSync(absolute).isDirectory()) walk(absolute);
    else if (existsSync(join(dirname(absolute), MANIFEST_FILE))) found.push(dirname(absolute));
  }
  return found;
}

/**
 * What the build writes and removes in each output folder: the modules' outputs, each folder's
 * manifest, and the orphans (files a manifest names that no workflow produces any more: their
 * module is gone, or was built and no longer produces them). Entries of modules that exist but
 * were not part of this build are kept as they are.
 */
export function planFolders(modules: readonly ModuleOutputs[], paths: readonly string[], cwd: string): FolderWrite[] {
  const byFolder = new Map<string, ModuleOutputs[]>();
  for (const module of modules) byFolder.set(dirname(module.file), [...(byFolder.get(dirname(module.file)) ?? []), module]);
  for (const folder of manifestFolders(paths, cwd)) if (!byFolder.has(folder)) byFolder.set(folder, []);

  return [...byFolder.keys()].sort().map((folder) => {
    const built = byFolder.get(folder)!;
    const builtModules = new Set(built.map((m) => portable(relative(folder, m.file))));
    const produced: Record<string, string> = {};
    for (const module of built) {
      for (const output of module.outputs) if (!output.once) produced[portable(relative(folder, output.path))] = portable(relative(folder, module.file));
    }
    const manifestPath = join(folder, MANIFEST_FILE);
    const entries = { ...produced };
    const remove: string[] = [];
    for (const [output, module] of Object.entries(readManifest(manifestPath))) {
      if (Object.hasOwn(produced, output)) continue;
      // A manifest names files in its own folder; anything else it says is not acted on.
      if (!resolve(folder, output).startsWith(folder + sep)) continue;
      if (!builtModules.has(module) && existsSync(join(folder, module))) entries[output] = module;
      else if (existsSync(join(folder, output))) remove.push(join(folder, output));
    }
    const files = built.flatMap((m) => m.outputs);
    if (Object.keys(entries).length > 0) return { folder, files: [...files, { path: manifestPath, content: renderManifest(entries) }], remove };
    return { folder, files, remove: existsSync(manifestPath) ? [...remove, manifestPath] : remove };
  });
}
