/**
 * Loads workflow modules with tsx (no build step) and collects the workflows they export:
 * the default export and every named export built with `workflow(…)`.
 */
import { pathToFileURL } from "node:url";
import { tsImport } from "tsx/esm/api";
import { buildWorkflow, DslError, isWorkflow, type WorkflowIR } from "@aslc/dsl";
import type { Diagnostic } from "../diagnostics.ts";

export interface LoadedWorkflow {
  readonly file: string;
  readonly exportName: string;
  readonly ir: WorkflowIR;
}

export async function loadWorkflows(file: string): Promise<{ workflows: LoadedWorkflow[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  let module: Record<string, unknown>;
  try {
    module = (await tsImport(pathToFileURL(file).href, import.meta.url)) as Record<string, unknown>;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { workflows: [], diagnostics: [{ code: "ASLC301", severity: "error", message: `the module threw while loading: ${message}`, site: { file, line: 1, column: 1 } }] };
  }
  const workflows: LoadedWorkflow[] = [];
  for (const exportName of Object.keys(module).sort()) {
    const value = module[exportName];
    if (!isWorkflow(value)) continue;
    try {
      workflows.push({ file, exportName, ir: buildWorkflow(value) });
    } catch (error) {
      if (!(error instanceof DslError)) throw error;
      diagnostics.push({ code: error.code, severity: "error", message: error.message, site: error.site ?? { file, line: 1, column: 1 } });
    }
  }
  if (workflows.length === 0 && diagnostics.length === 0) {
    diagnostics.push({ code: "ASLC302", severity: "error", message: "the module exports no workflow: export the chain that workflow(…) starts (export default workflow(…)…)", site: { file, line: 1, column: 1 } });
  }
  return { workflows, diagnostics };
}
