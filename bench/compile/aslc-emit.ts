/**
 * The aslc side of the emission benchmark, run in a fresh process: loads the compiler, loads
 * the 100 workflow modules with tsx, validates and renders every definition (type-check
 * skipped), and prints the milliseconds since the process started (module loading included).
 */
import { compile } from "@aslc/compiler";

const dir = process.argv[2]!;
const result = await compile({ paths: [dir], cwd: dir, typeCheck: false, write: false });
if (result.diagnostics.length > 0) throw new Error(JSON.stringify(result.diagnostics.slice(0, 3)));
const bytes = result.outputs.filter((o) => o.path.endsWith(".asl.json")).reduce((n, o) => n + o.content.length, 0);
process.stdout.write(JSON.stringify({ ms: performance.now(), bytes, workflows: result.workflows.length }));
