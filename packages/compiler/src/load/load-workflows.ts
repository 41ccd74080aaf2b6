/**
 * Loads workflow modules and collects the workflows they export: the default export and every
 * named export built with `workflow(…)`. All modules are loaded together as one bundle (see
 * bundle-modules.ts); when that fails because a module throws, each module is loaded on its
 * own so the error is reported against the module that threw.
 */
import { buildWorkflow, DslError, isWorkflow, stackFrames, type WorkflowIR } from "@aslc/dsl";
import type { Diagnostic } from "../diagnostics.ts";
import { BundleError, importAsBundle } from "./bundle-modules.ts";

export interface LoadedWorkflow {
  readonly file: string;
  readonly exportName: string;
  readonly ir: WorkflowIR;
}

export interface Loaded {
  workflows: LoadedWorkflow[];
  diagnostics: Diagnostic[];
}

/** Where in the module an error was thrown, from its (source-mapped) stack, else its first line. */
function throwSite(error: unknown, file: string) {
  const stack = error instanceof Error ? error.stack : undefined;
  return stackFrames(stack).find((frame) => frame.file === file) ?? { file, line: 1, column: 1 };
}

function collect(file: string, module: Record<string, unknown>, into: Loaded): void {
  let found = 0;
  for (const exportName of Object.keys(module).sort()) {
    const value = module[exportName];
    if (!isWorkflow(value)) continue;
    found++;
    try {
      into.workflows.push({ file, exportName, ir: buildWorkflow(value) });
    } catch (error) {
      if (!DslError.is(error)) throw error;
      into.diagnostics.push({ code: error.code, severity: "error", message: error.message, site: error.site ?? { file, line: 1, column: 1 } });
    }
  }
  if (found === 0) {
    into.diagnostics.push({ code: "ASLC302", severity: "error", message: "the module exports no workflow: export the chain that workflow(…) starts (export default workflow(…)…), or rename the file so it does not end in .workflow.ts", site: { file, line: 1, column: 1 } });
  }
}

function loadFailure(error: unknown, file: string): Diagnostic {
  if (error instanceof BundleError) {
    const first = error.problems[0];
    return { code: "ASLC300", severity: "error", message: `the module cannot be loaded: ${first?.text ?? error.message}: fix the import or the syntax it names`, site: first?.file ? { file: first.file, line: first.line ?? 1, column: first.column ?? 1 } : { file, line: 1, column: 1 } };
  }
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return { code: "ASLC301", severity: "error", message: `the module threw while loading: ${message}: fix the error, or move the code that throws out of module scope`, site: throwSite(error, file) };
}

/** Loads the modules and returns what each one gave, by file. */
export async function loadModules(files: readonly string[], resolveDir = process.cwd()): Promise<Map<string, Loaded>> {
  // Builder calls record their position from stack traces; source maps turn the positions in
  // the bundle back into the author's lines and columns.
  process.setSourceMapsEnabled(true);
  const byFile = new Map<string, Loaded>();
  if (files.length === 0) return byFile;
  let modules: Record<string, Record<string, unknown>> | undefined;
  try {
    modules = await importAsBundle(files, resolveDir);
  } catch {
    // Something failed: load module by module, so each failure names its own module.
  }
  for (const [i, file] of files.entries()) {
    const loaded: Loaded = { workflows: [], diagnostics: [] };
    byFile.set(file, loaded);
    let module = modules?.[`m${i}`];
    if (!module) {
      try {
        module = (await importAsBundle([file], resolveDir)).m0!;
      } catch (error) {
        loaded.diagnostics.push(loadFailure(error, file));
        continue;
      }
    }
    collect(file, module, loaded);
  }
  return byFile;
}

/** Loads the modules and returns every workflow they export, with the problems found. */
export async function loadWorkflows(files: readonly string[], resolveDir = process.cwd()): Promise<Loaded> {
  const all: Loaded = { workflows: [], diagnostics: [] };
  for (const loaded of (await loadModules(files, resolveDir)).values()) {
    all.workflows.push(...loaded.workflows);
    all.diagnostics.push(...loaded.diagnostics);
  }
  return all;
}
