/**
 * Compiles several project folders in one plain Node process (outside the test runner, whose
 * stack-trace handling would hide source positions) with one warm type checker, and prints
 * each folder's diagnostics as JSON. Usage: tsx compile-cases.ts <dir>…
 */
import { compile, createChecker, diagnosticJson } from "@aslc/compiler";

const results: Record<string, unknown> = {};
const checker = await createChecker(process.cwd());
for (const dir of process.argv.slice(2)) {
  try {
    const result = await compile({ paths: [dir], cwd: dir, checker });
    results[dir] = { diagnostics: result.diagnostics.map((d) => ({ ...diagnosticJson(d), file: d.site?.file })), written: result.outputs.map((o) => o.path) };
  } catch (error) {
    results[dir] = { thrown: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
process.stdout.write(JSON.stringify(results));
