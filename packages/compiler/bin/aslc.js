#!/usr/bin/env node
// Runs the built compiler (dist/, made by `npm run build` before packing); nothing is built here.
let cli;
try {
  cli = await import("../dist/cli.mjs");
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("dist/cli.mjs")) throw error;
  process.stderr.write("aslc: the compiler is not built (dist/cli.mjs is missing): run `pnpm run build` in the aslc repository\n");
  process.exit(2);
}
cli.installCrashHandlers(process.argv.slice(2));
process.exitCode = await cli.main(process.argv.slice(2));
