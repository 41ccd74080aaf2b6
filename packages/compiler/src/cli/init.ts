/**
 * `aslc init [dir]`: writes the starter project, refusing to overwrite anything: when any of
 * its files exists already, nothing is written.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import type { Diagnostic } from "../diagnostics.ts";
import { buildWorkflow } from "@aslc/dsl";
import { render } from "../compile.ts";
import { aslDefinition } from "../emit/asl/emit-asl.ts";
import { placeholdersIn } from "../emit/asl/placeholders.ts";
import { MANIFEST_FILE, renderManifest } from "../write/manifest.ts";
import { greetingWorkflow, initFiles } from "./init-files.ts";

/** The starter workflow's compiled files (definition, substitutions, contracts, the outputs manifest), by path. */
async function compiledFiles(): Promise<Record<string, string>> {
  const ir = buildWorkflow(greetingWorkflow());
  const definition = aslDefinition(ir);
  const module = "src/greeting.workflow.ts";
  const outputs = await render({ file: module, ir, definition, placeholders: placeholdersIn(definition) }, "handlers");
  const generated = outputs.filter((o) => !o.once);
  const folder = dirname(module);
  const manifest = renderManifest(Object.fromEntries(generated.map((o) => [relative(folder, o.path).split(sep).join("/"), basename(module)])));
  return { ...Object.fromEntries(generated.map((o) => [o.path, o.content])), [join(folder, MANIFEST_FILE)]: manifest };
}

export interface InitResult {
  readonly dir: string;
  readonly written: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

/** A package name npm accepts, from the folder's name. */
function packageName(dir: string): string {
  const name = basename(dir).toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[._-]+|-+$/g, "");
  return name || "workflows";
}

export async function init(target: string, cwd: string, aslcVersion: string): Promise<InitResult> {
  const dir = resolve(cwd, target);
  const files = { ...initFiles(packageName(dir), { aslc: aslcVersion }), ...(await compiledFiles()) };
  const taken = Object.keys(files).filter((path) => existsSync(join(dir, path)));
  if (taken.length > 0) {
    return {
      dir,
      written: [],
      diagnostics: taken.map((path) => ({ code: "ASLC357", severity: "error", message: `${path} exists already: aslc init never overwrites a file; run it in an empty folder, or move the file away`, site: { file: join(dir, path), line: 1, column: 1 } })),
    };
  }
  const written: string[] = [];
  for (const [path, content] of Object.entries(files)) {
    try {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content, { flag: "wx" });
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      const diagnostic: Diagnostic = { code: "ASLC358", severity: "error", message: `cannot write ${join(dir, path)}: ${reason}: make the folder writable, then run aslc init again`, site: { file: join(dir, path), line: 1, column: 1 } };
      return { dir, written, diagnostics: [diagnostic] };
    }
    written.push(path);
  }
  return { dir, written, diagnostics: [] };
}
