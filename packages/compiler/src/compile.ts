/**
 * `compile`: sources in, ASL out. Finds the workflow modules, loads them, validates every
 * workflow and renders its definition. Nothing is written unless every workflow compiled.
 */
import { dirname, join } from "node:path";
import type { Diagnostic } from "./diagnostics.ts";
import { aslDefinition } from "./emit/asl/emit-asl.ts";
import { discoverWorkflowFiles } from "./load/discover.ts";
import { loadWorkflows } from "./load/load-workflows.ts";
import { validateWorkflow } from "./validate/index.ts";
import { writeAtomically, type OutputFile } from "./write/atomic-write.ts";

export interface CompileOptions {
  /** Files or folders to search for `*.workflow.ts` modules (default: the working directory). */
  readonly paths?: readonly string[];
  readonly cwd?: string;
  /** Write the outputs (default true); false compiles in memory only. */
  readonly write?: boolean;
}

export interface CompileResult {
  readonly outputs: readonly OutputFile[];
  readonly diagnostics: readonly Diagnostic[];
}

export async function compile(options: CompileOptions = {}): Promise<CompileResult> {
  const files = discoverWorkflowFiles(options.paths ?? [], options.cwd);
  const diagnostics: Diagnostic[] = [];
  const outputs: OutputFile[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const loaded = await loadWorkflows(file);
    diagnostics.push(...loaded.diagnostics);
    for (const { ir } of loaded.workflows) {
      const earlier = seen.get(ir.name);
      if (earlier) {
        diagnostics.push({ code: "ASLC303", severity: "error", workflow: ir.name, message: `workflow name '${ir.name}' is also used in ${earlier}: names must be unique, rename one`, site: ir.site });
        continue;
      }
      seen.set(ir.name, file);
      const problems = validateWorkflow(ir);
      diagnostics.push(...problems);
      if (problems.length === 0) outputs.push({ path: join(dirname(file), `${ir.name}.asl.json`), content: `${JSON.stringify(aslDefinition(ir), null, 2)}\n` });
    }
  }
  const failed = diagnostics.some((d) => d.severity === "error");
  if (!failed && options.write !== false) writeAtomically(outputs);
  return { outputs: failed ? [] : outputs, diagnostics };
}
