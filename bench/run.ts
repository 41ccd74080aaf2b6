/**
 * `pnpm bench`: runs every benchmark, each in its own process (as its `bench:*` script would)
 * so that one benchmark's memory and JIT state do not colour the next one's figures.
 * Exits non-zero when any benchmark does.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The entry of each `bench:*` script in package.json. */
const BENCHMARKS = ["type-cost.ts", "editor.ts", "compile-speed.ts"];

let status = 0;
for (const entry of BENCHMARKS) {
  const file = fileURLToPath(new URL(entry, import.meta.url));
  // execArgv carries tsx's loader, so the child runs TypeScript the way this process does.
  const result = spawnSync(process.execPath, [...process.execArgv, file], { stdio: "inherit" });
  if (result.status !== 0) status = 1;
}
process.exitCode = status;
