#!/usr/bin/env node
import { pathToFileURL } from "node:url";
import { ensureDist } from "./ensure-dist.js";

const { main } = await import(pathToFileURL(await ensureDist("cli")).href);
process.exitCode = await main(process.argv.slice(2));
