/**
 * Circular imports keep ES module semantics. Bundling turns a module's top-level `const` and
 * `let` into `var`, so a value read across an import cycle before its module has run reads as
 * undefined instead of throwing (and a workflow named `undefinedX` would be written). The
 * author's files that take part in a cycle are therefore not bundled: each is compiled on its
 * own (which keeps `const` and `let`) and imported by Node itself, whose module linking gives
 * the ReferenceError native ES modules give. What they import outside the cycle comes from the
 * bundle, so shared modules (the DSL, zod) are still loaded once.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Metafile, Plugin } from "esbuild";
import { installedPackageUrls } from "./bundle-modules.ts";

/** The author's files (not installed packages) that import each other in a cycle. */
export function filesInCycles(metafile: Metafile, resolveDir: string): Set<string> {
  const own = (path: string) => !path.includes("node_modules") && !path.startsWith("file:") && /\.(c|m)?tsx?$/.test(path);
  const graph = new Map<string, string[]>();
  for (const [input, info] of Object.entries(metafile.inputs)) {
    if (!own(input)) continue;
    graph.set(resolve(resolveDir, input), info.imports.filter((i) => !i.external && own(i.path)).map((i) => resolve(resolveDir, i.path)));
  }
  // Tarjan's strongly connected components: a component of two or more files, or a file that imports itself, is a cycle.
  const inCycle = new Set<string>();
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  let next = 0;
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) for (const file of component) inCycle.add(file);
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return inCycle;
}

/** Where each cycle member's own compiled file goes. */
export function cycleUrls(members: readonly string[], dir: string): Map<string, string> {
  return new Map(members.map((file, i) => [file, pathToFileURL(join(dir, "cycle", `c${i}.mjs`)).href]));
}

/** Makes every import of a cycle member (from the bundle) an import of its own compiled file. */
export function cycleMembersExternal(urls: ReadonlyMap<string, string>): Plugin {
  return {
    name: "import-cycle-members",
    setup(build) {
      build.onResolve({ filter: /^\./ }, async (args) => {
        if (args.pluginData === "resolving" || args.kind === "entry-point") return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: "resolving" });
        const url = urls.get(resolved.path);
        return url ? { path: url, external: true } : undefined;
      });
    },
  };
}

/** A specifier as esbuild prints it in `import … from "x"`, `export … from "x"` and `import("x")`. */
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(?\s*)"([^"]+)"/g;

/**
 * Compiles each cycle member on its own (`const` stays `const`) and points its imports at the
 * other members' files, or at `outside(path)` for what comes from the bundle.
 */
export async function compileCycleMembers(urls: ReadonlyMap<string, string>, metafile: Metafile, resolveDir: string, outside: (path: string) => string | undefined, sources: Map<string, string>): Promise<void> {
  const { transform } = await import("esbuild");
  const imports = new Map(Object.entries(metafile.inputs).map(([input, info]) => [resolve(resolveDir, input), info.imports]));
  for (const [file, url] of urls) {
    const { code } = await transform(readFileSync(file, "utf8"), { loader: file.endsWith("x") ? "tsx" : "ts", format: "esm", target: "node20", sourcemap: "inline", sourcefile: file });
    const targets = new Map<string, string>();
    for (const entry of imports.get(file) ?? []) {
      if (!entry.original) continue;
      const target = entry.external ? entry.path : (urls.get(resolve(resolveDir, entry.path)) ?? outside(resolve(resolveDir, entry.path)));
      if (target) targets.set(entry.original, target);
    }
    const target = (specifier: string) => targets.get(specifier) ?? installedPackageUrls.get(`${file}\0${specifier}`);
    const rewritten = code.replace(SPECIFIER, (whole, lead: string, specifier: string) => {
      const to = target(specifier);
      return to ? `${lead}${JSON.stringify(to)}` : whole;
    });
    const out = new URL(url).pathname;
    mkdirSync(join(out, ".."), { recursive: true });
    writeFileSync(out, rewritten);
    sources.set(out, rewritten);
  }
}
