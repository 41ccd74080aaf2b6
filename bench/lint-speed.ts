/**
 * Lint speed: the whole development corpus (every definition in ../shared/corpus, or
 * ASLC_CORPUS) checked by aslc and by asl-validator side by side in one run, on the same file
 * list, both as their command lines and both in-process:
 *   cli         `aslc lint <files…>` against `asl-validator --json-path <file> …`   target ≤ 0.5×
 *   in-process  lint(files) against asl-validator called on each definition       target ≤ 0.5×
 * asl-validator is called as its CLI calls it (a fresh validator per definition). Exits non-zero
 * when a target is missed.
 */
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { lint } from "@aslc/compiler";
import { spawnSync } from "node:child_process";
import { locateCorpus } from "../test/corpus/corpus-files.ts";

const TARGET = 0.5;
const require = createRequire(import.meta.url);
const aslValidator = require("asl-validator") as (definition: unknown) => { isValid: boolean };

const corpus = locateCorpus();
if ("missing" in corpus) {
  console.error(corpus.missing);
  process.exit(2);
}
const files = readdirSync(corpus.folder, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".json"))
  .sort()
  .map((file) => join(corpus.folder, file));
/** A command's wall time in ms; `results` are the exit codes that report problems found, not a failure. */
function timed(command: string, args: readonly string[], cwd: string, results: readonly number[]): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (result.status !== 0 && !results.includes(result.status ?? -1)) throw new Error(`${command} failed (${result.status}):\n${result.stderr.slice(0, 2000)}`);
  return ms;
}

const bin = (name: string) => join(import.meta.dirname, "..", "node_modules", ".bin", name);

console.log(`lint speed over ${files.length} corpus definitions`);

// Command lines: each tool started once over the whole list (exit codes say nothing here: the corpus holds invalid definitions).
const aslcCli = timed(process.execPath, [join(import.meta.dirname, "..", "packages", "compiler", "bin", "aslc.js"), "lint", "--quiet", ...files], corpus.folder, [1]);
const validatorCli = timed(bin("asl-validator"), ["--silent", ...files.flatMap((file) => ["--json-path", file])], corpus.folder, [1, 2]);

// In-process: reading the files is part of both.
let started = performance.now();
await lint(files, { cwd: corpus.folder });
const aslcInProcess = performance.now() - started;
started = performance.now();
for (const file of files) {
  try {
    aslValidator(JSON.parse(readFileSync(file, "utf8")));
  } catch {
    // asl-validator throws on a few malformed definitions; its time until then counts.
  }
}
const validatorInProcess = performance.now() - started;

const rows = [
  ["cli", aslcCli, validatorCli],
  ["in-process", aslcInProcess, validatorInProcess],
] as const;
let missed = false;
for (const [name, ours, theirs] of rows) {
  const ratio = ours / theirs;
  missed ||= ratio > TARGET;
  console.log(`${name.padEnd(11)} aslc ${(ours / 1000).toFixed(2)} s, asl-validator ${(theirs / 1000).toFixed(2)} s: ${ratio.toFixed(3)}× (target ≤ ${TARGET}×)${ratio > TARGET ? "  MISSED" : ""}`);
}
process.exit(missed ? 1 : 0);
