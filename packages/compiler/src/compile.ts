/**
 * `compile`: sources in, artefacts out. Finds the workflow modules, type-checks them, loads
 * them, validates every workflow and renders its files. Nothing is written unless everything
 * compiled; writes are atomic.
 */
import { dirname, join } from "node:path";
import type { WorkflowIR } from "@aslc/dsl";
import type { Diagnostic } from "./diagnostics.ts";
import { aslDefinition } from "./emit/asl/emit-asl.ts";
import { placeholdersIn } from "./emit/asl/placeholders.ts";
import { formatJson } from "./format/format-json.ts";
import { discoverWorkflowFiles, searchRoots } from "./load/discover.ts";
import { loadWorkflows } from "./load/load-workflows.ts";
import { TypeChecker } from "./load/type-check.ts";
import { workflowNameProblem } from "./names.ts";
import { validateWorkflow } from "./validate/index.ts";
import { writeAtomically, WriteError, type OutputFile } from "./write/atomic-write.ts";

export interface CompileOptions {
  /** Files or folders to search for `*.workflow.ts` modules (default: the working directory). */
  readonly paths?: readonly string[];
  readonly cwd?: string;
  /** Write the outputs (default true); false compiles in memory only (what `check` does). */
  readonly write?: boolean;
  /** Type-check the modules first (default true). */
  readonly typeCheck?: boolean;
  /** A checker kept from an earlier build (watch mode keeps the program warm). */
  readonly checker?: TypeChecker;
}

export interface CompiledWorkflow {
  readonly file: string;
  readonly ir: WorkflowIR;
  /** `${Name}` placeholders the deployment must substitute. */
  readonly placeholders: readonly string[];
}

export interface CompileResult {
  readonly files: readonly string[];
  readonly workflows: readonly CompiledWorkflow[];
  readonly outputs: readonly OutputFile[];
  readonly diagnostics: readonly Diagnostic[];
}

function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** The files a workflow compiles to, beside its module. */
async function render(compiled: CompiledWorkflow): Promise<OutputFile[]> {
  const dir = dirname(compiled.file);
  const outputs: OutputFile[] = [{ path: join(dir, `${compiled.ir.name}.asl.json`), content: await formatJson(aslDefinition(compiled.ir)) }];
  if (compiled.placeholders.length > 0) {
    outputs.push({ path: join(dir, `${compiled.ir.name}.substitutions.json`), content: await formatJson({ workflow: compiled.ir.name, substitutions: compiled.placeholders }) });
  }
  return outputs;
}

export async function compile(options: CompileOptions = {}): Promise<CompileResult> {
  const cwd = options.cwd ?? process.cwd();
  const files = discoverWorkflowFiles(options.paths ?? [], cwd);
  const empty = { files, workflows: [], outputs: [] };
  if (files.length === 0) return { ...empty, diagnostics: [] };

  if (options.typeCheck !== false) {
    const typeErrors = (options.checker ?? new TypeChecker(cwd)).check(files, searchRoots(options.paths ?? [], cwd));
    if (hasErrors(typeErrors)) return { ...empty, diagnostics: typeErrors };
  }

  const loaded = await loadWorkflows(files);
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  const workflows: CompiledWorkflow[] = [];
  const seen = new Map<string, string>();
  for (const { file, ir } of loaded.workflows) {
    const nameProblem = workflowNameProblem(ir.name);
    if (nameProblem) {
      diagnostics.push({ code: "ASLC304", severity: "error", workflow: ir.name, message: nameProblem, site: ir.site });
      continue;
    }
    const earlier = seen.get(ir.name);
    if (earlier) {
      diagnostics.push({ code: "ASLC303", severity: "error", workflow: ir.name, message: `workflow name '${ir.name}' is also used in ${earlier}: names must be unique, rename one`, site: ir.site });
      continue;
    }
    seen.set(ir.name, file);
    const problems = validateWorkflow(ir);
    diagnostics.push(...problems);
    if (!hasErrors(problems)) workflows.push({ file, ir, placeholders: placeholdersIn(aslDefinition(ir)) });
  }
  if (hasErrors(diagnostics)) return { ...empty, diagnostics };

  const rendered = await Promise.all(workflows.map(async (w) => ({ file: w.file, outputs: await render(w) })));
  const outputs = rendered.flatMap((r) => r.outputs);
  if (options.write !== false) {
    try {
      writeAtomically(outputs);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      const owner = rendered.find((r) => r.outputs.some((o) => o.path === error.path))?.file;
      const message = `${error.message}: make sure the folder is writable and nothing else stands at that path`;
      return { ...empty, diagnostics: [{ code: "ASLC305", severity: "error", message, site: owner ? { file: owner, line: 1, column: 1 } : undefined }] };
    }
  }
  return { files, workflows, outputs, diagnostics };
}
