/**
 * aslc reads workflow payloads as zod 4 schemas, the DSL's types included. A project on zod 3
 * (also when it imports `zod/v4` from zod 3.25, whose package is still "zod" 3) would get
 * TypeScript errors that do not say why, and a build that fails further on; instead, the build
 * stops first with one message naming the version installed and the version needed.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import manifest from "../package.json" with { type: "json" };
import type { Diagnostic } from "./diagnostics.ts";

/** The zod versions aslc works with: its peer dependency range. */
export const ZOD_RANGE: string = manifest.peerDependencies.zod;
const NEEDED_MAJOR = Number(/\d+/.exec(ZOD_RANGE)![0]);

/** The zod package a module in `dir` imports, as Node resolves a bare name: its package.json. */
function installedZod(dir: string): { file: string; version: string } | undefined {
  for (let current = dir; ; current = dirname(current)) {
    const file = join(current, "node_modules", "zod", "package.json");
    if (existsSync(file)) return { file, version: String((JSON.parse(readFileSync(file, "utf8")) as { version?: unknown }).version) };
    if (dirname(current) === current) return undefined;
  }
}

/** The first line of a module that imports zod, where the message points. */
function zodImportLine(file: string): number {
  const index = readFileSync(file, "utf8")
    .split("\n")
    .findIndex((line) => /from\s+["']zod(\/[^"']*)?["']/.test(line));
  return index >= 0 ? index + 1 : 1;
}

/** ASLC370 when the zod a workflow module would import is older than the major aslc needs. */
export function zodVersionProblem(workflowFile: string): Diagnostic | undefined {
  const zod = installedZod(dirname(workflowFile));
  if (!zod || Number(zod.version.split(".")[0]) >= NEEDED_MAJOR) return undefined;
  return {
    code: "ASLC370",
    severity: "error",
    message: `zod ${zod.version} is installed (${zod.file}), but aslc needs zod ${ZOD_RANGE}: install it (npm install zod@^${NEEDED_MAJOR}) and import { z } from "zod" (the zod/v4 entry of zod 3.25 is not enough: the package must be zod ${NEEDED_MAJOR})`,
    site: { file: workflowFile, line: zodImportLine(workflowFile), column: 1 },
  };
}
