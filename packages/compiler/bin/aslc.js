#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the package needs no build step. The loader is
// registered globally: each build then loads workflow modules in a namespace of its own.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli.ts");
process.exitCode = await main(process.argv.slice(2));
