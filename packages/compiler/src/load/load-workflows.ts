/**
 * Loads workflow modules with tsx (no build step) and collects the workflows they export:
 * the default export and every named export built with `workflow(…)`. Each build loads through
 * a namespace of its own, so a rebuild sees edited modules and their edited imports.
 */
import { pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";
import { buildWorkflow, DslError, isWorkflow, type WorkflowIR } from "@aslc/dsl";
import type { Diagnostic } from "../diagnostics.ts";

export interface LoadedWorkflow {
  readonly file: string;
  readonly exportName: string;
  readonly ir: WorkflowIR;
}

let builds = 0;

/** Where in the module an error was thrown, from its stack (else the top of the file). */
function throwSite(error: unknown, file: string) {
  const stack = error instanceof Error ? (error.stack ?? "") : "";
  const url = pathToFileURL(file).href;
  for (const line of stack.split("\n")) {
    const match = /\(?((?:file:\/\/)?[^()\s]+?):(\d+):(\d+)\)?$/.exec(line.trim());
    if (match && (match[1] === file || match[1]!.split("?")[0] === url)) return { file, line: Number(match[2]), column: Number(match[3]) };
  }
  return { file, line: 1, column: 1 };
}

export async function loadWorkflows(files: readonly string[]): Promise<{ workflows: LoadedWorkflow[]; diagnostics: Diagnostic[] }> {
  // Builder calls record their position from stack traces; source maps turn the positions
  // in tsx's transformed code back into the author's lines and columns.
  process.setSourceMapsEnabled(true);
  const api = register({ namespace: `aslc-build-${++builds}` });
  const workflows: LoadedWorkflow[] = [];
  const diagnostics: Diagnostic[] = [];
  try {
    for (const file of files) {
      let module: Record<string, unknown>;
      try {
        module = (await api.import(pathToFileURL(file).href, import.meta.url)) as Record<string, unknown>;
      } catch (error) {
        const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
        diagnostics.push({ code: "ASLC301", severity: "error", message: `the module threw while loading: ${message}: fix the error, or move the code that throws out of module scope`, site: throwSite(error, file) });
        continue;
      }
      let found = 0;
      for (const exportName of Object.keys(module).sort()) {
        const value = module[exportName];
        if (!isWorkflow(value)) continue;
        found++;
        try {
          workflows.push({ file, exportName, ir: buildWorkflow(value) });
        } catch (error) {
          if (!DslError.is(error)) throw error;
          diagnostics.push({ code: error.code, severity: "error", message: error.message, site: error.site ?? { file, line: 1, column: 1 } });
        }
      }
      if (found === 0) {
        diagnostics.push({ code: "ASLC302", severity: "error", message: "the module exports no workflow: export the chain that workflow(…) starts (export default workflow(…)…), or rename the file so it does not end in .workflow.ts", site: { file, line: 1, column: 1 } });
      }
    }
  } finally {
    await api.unregister();
  }
  return { workflows, diagnostics };
}
