/**
 * The `aslc` command line: arguments in, `compile()` called, results out.
 * Exit codes: 0 success, 1 usage error, 2 compile errors.
 */
import { relative } from "node:path";
import { compile } from "./compile.ts";
import { formatDiagnostic } from "./diagnostics.ts";

const USAGE = `Usage: aslc build [paths…]

Compiles every *.workflow.ts module under the given paths (default: the working directory)
and writes <workflow name>.asl.json beside each module.

Exit codes: 0 compiled, 1 usage error, 2 compile errors (nothing is written).`;

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || rest.includes("--help")) {
    console.log(USAGE);
    return command === undefined ? 1 : 0;
  }
  if (command !== "build") {
    console.error(`aslc: unknown command '${command}'\n\n${USAGE}`);
    return 1;
  }
  const cwd = process.cwd();
  const result = await compile({ paths: rest, cwd });
  for (const d of result.diagnostics) console.error(formatDiagnostic(d, cwd));
  if (result.diagnostics.some((d) => d.severity === "error")) return 2;
  for (const output of result.outputs) console.log(`wrote ${relative(cwd, output.path)}`);
  if (result.outputs.length === 0) console.log("no workflows found");
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
