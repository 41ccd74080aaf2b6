#!/usr/bin/env node
import { pathToFileURL } from "node:url";
import { ensureDist } from "./ensure-dist.js";

const { main, installCrashHandlers } = await import(pathToFileURL(await ensureDist("cli")).href);
installCrashHandlers(process.argv.slice(2));
process.exitCode = await main(process.argv.slice(2));
