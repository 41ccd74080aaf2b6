// The aslc side of the emission benchmark, run as plain Node in a fresh process: loads the
// compiler as the `aslc` command does (its bundle), loads the 100 workflow modules, validates
// every workflow and renders its ASL (type-check skipped, as the CDK side has none), and prints
// the milliseconds since the process started, module loading included.
import { resolve } from "node:path";

// The built compiler, as the `aslc` command runs it (bench:compile builds first).
const compiler = { ...(await import("../../packages/compiler/dist/index.mjs")), ...(await import("../../packages/compiler/dist/internal.mjs")) };
const dir = resolve(process.argv[2]);
const { workflows, diagnostics } = await compiler.loadWorkflows(compiler.discoverWorkflowFiles([dir], dir), dir);
if (diagnostics.length > 0 || workflows.length === 0) throw new Error(`nothing to emit: ${JSON.stringify(diagnostics.slice(0, 3))}`);
let bytes = 0;
for (const { ir } of workflows) {
  const problems = compiler.validateWorkflow(ir);
  if (problems.length > 0) throw new Error(JSON.stringify(problems.slice(0, 3)));
  bytes += `${JSON.stringify(compiler.aslDefinition(ir), null, 2)}\n`.length;
}
process.stdout.write(JSON.stringify({ ms: performance.now(), bytes, workflows: workflows.length }));
