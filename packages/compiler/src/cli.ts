/**
 * The `aslc` command line: arguments in, the API called, results out.
 *
 * Exit codes (every command but lint): 0 success; 1 drift found (`check`), unknown workflow
 * (`graph`) or usage error; 2 errors: compile errors, a broken environment (paths, permissions,
 * tsconfig, config) or an internal error. `lint` exits as linters do: 0 no error, 1 errors
 * found, 2 could not run (usage errors included).
 *
 * Arguments are parsed by node's own util.parseArgs: it covers flags, values and positionals,
 * rejects unknown options, and needs no dependency.
 */
import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { check, DRIFT_HEADLINES, type Drift } from "./check/check.ts";
import { compile, type CompileOptions } from "./compile.ts";
import { diagnosticJson, type Diagnostic } from "./diagnostics.ts";
import { emitMermaid } from "./emit/diagram/mermaid.ts";
import { watch } from "./watch.ts";
import { defaultCacheDir } from "./cache/type-check-cache.ts";
import { loadConfig } from "./config/aslc-config.ts";
import { explain, explanationText } from "./cli/explain.ts";
import { HELP } from "./cli/help.ts";
import { init } from "./cli/init.ts";
import { plural, Terminal } from "./cli/terminal.ts";

const OPTIONS = {
  json: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  verbose: { type: "boolean" },
  debug: { type: "boolean" },
  "no-cache": { type: "boolean" },
  tsconfig: { type: "string" },
  "module-timeout": { type: "string" },
  out: { type: "string" },
  force: { type: "boolean" },
  format: { type: "string" },
  "warnings-as-errors": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

/** What every command is run with. */
interface Run {
  readonly args: string[];
  readonly cwd: string;
  readonly terminal: Terminal;
  readonly json: boolean;
  /** Compile options from the config file and the flags. */
  readonly compile: CompileOptions;
  /** `--out` and `--force`, which only `import` takes. */
  readonly importing: { readonly out?: string; readonly force?: boolean };
  readonly configFile?: string;
  /** The options only some commands take. */
  readonly flags: { readonly format?: string; readonly "warnings-as-errors"?: boolean };
}

function version(): string {
  // The package's own manifest: one folder up from src/ and from the dist/ bundle alike.
  return (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
}

const failed = (diagnostics: readonly Diagnostic[]) => diagnostics.some((d) => d.severity === "error");

function report(run: Run, diagnostics: readonly Diagnostic[], command: string): void {
  if (run.json) run.terminal.json({ diagnostics: diagnostics.map((d) => diagnosticJson(d, run.cwd)) });
  else run.terminal.diagnostics(diagnostics, run.cwd, command);
}

function describeSetup(run: Run, result: { typeCheck?: { groups: number; reused: number } }): void {
  run.terminal.detail(run.configFile ? `config: ${relative(run.cwd, run.configFile) || run.configFile}` : "config: none (defaults)");
  if (result.typeCheck) {
    const { groups, reused } = result.typeCheck;
    run.terminal.detail(`type-check: ${plural(groups, "tsconfig group")}, ${reused} reused from the cache${run.compile.typeCheckCacheDir ? "" : " (cache off)"}`);
  }
}

async function build(run: Run): Promise<number> {
  const { terminal, cwd } = run;
  const result = await compile({ ...run.compile, paths: run.args.length > 0 ? run.args : run.compile.paths, onProgress: terminal.progress("build") });
  terminal.stopProgress();
  describeSetup(run, result);
  if (failed(result.diagnostics)) {
    report(run, result.diagnostics, "build");
    return 2;
  }
  const written = new Set(result.written);
  const kept = result.outputs.filter((o) => o.once && !written.has(o.path));
  const unchanged = result.outputs.filter((o) => !o.once && !written.has(o.path));
  const rel = (path: string) => relative(cwd, path);
  if (run.json) {
    terminal.json({ diagnostics: result.diagnostics.map((d) => diagnosticJson(d, cwd)), written: result.written.map(rel), kept: kept.map((o) => rel(o.path)), unchanged: unchanged.map((o) => rel(o.path)), removed: result.orphans.map(rel) });
    return 0;
  }
  // Warnings: what Step Functions takes but does not do as written, or fails at run time (ASLC146,
  // ASLC437); the files are written all the same, and each warning is printed once.
  if (result.diagnostics.length > 0) report(run, result.diagnostics, "build");
  if (result.outputs.length === 0) {
    terminal.summary(`aslc build: no *.workflow.ts modules found (${terminal.elapsed()})`);
    return 0;
  }
  for (const path of result.written) terminal.info(`wrote ${rel(path)}`);
  for (const output of kept) terminal.detail(`kept ${rel(output.path)} (a handler is there already)`);
  for (const orphan of result.orphans) terminal.info(`removed ${rel(orphan)} (no workflow produces it any more)`);
  const parts = [
    plural(result.workflows.length, "workflow"),
    `${result.written.length} written`,
    `${unchanged.length} up to date`,
    ...(result.orphans.length > 0 ? [`${result.orphans.length} removed`] : []),
    ...(kept.length > 0 ? [`${plural(kept.length, "handler")} kept`] : []),
  ];
  terminal.summary(`aslc build: ${parts.join(", ")} (${terminal.elapsed()})`);
  return 0;
}

async function checkCommand(run: Run): Promise<number> {
  const { terminal, cwd } = run;
  const result = await check({ ...run.compile, paths: run.args.length > 0 ? run.args : run.compile.paths, onProgress: terminal.progress("check") });
  terminal.stopProgress();
  describeSetup(run, {});
  if (failed(result.diagnostics)) {
    report(run, result.diagnostics, "check");
    return 2;
  }
  if (run.json) {
    terminal.json({ diagnostics: [], drift: result.drift.map((d) => ({ ...d, path: relative(cwd, d.path) })) });
    return result.drift.length === 0 ? 0 : 1;
  }
  for (const drift of result.drift) {
    const path = relative(cwd, drift.path);
    // Drift is the result CI looks for: printed even when quiet.
    terminal.finding(`${path}: ${DRIFT_HEADLINES[drift.status]}`);
    for (const line of drift.summary) terminal.finding(`  ${line}`);
    if (drift.diff) terminal.finding(drift.diff.replaceAll(drift.path, path));
  }
  if (result.drift.length === 0) terminal.summary(`aslc check: ${result.checked} files up to date (${terminal.elapsed()})`);
  else terminal.finding(`aslc check: ${driftSummary(result.drift, result.checked)}; run aslc build and commit the result (${terminal.elapsed()})`);
  return result.drift.length === 0 ? 0 : 1;
}

/** "2 of 4 files drifted, 3 files to remove": content drift, then what a build would remove. */
function driftSummary(drift: readonly Drift[], checked: number): string {
  const content = drift.filter((d) => d.status === "missing" || d.status === "changed").length;
  const extra = drift.length - content;
  return [`${content} of ${checked} files drifted`, ...(extra > 0 ? [`${extra} files to remove`] : [])].join(", ");
}

async function graph(run: Run): Promise<number> {
  const [name, ...paths] = run.args;
  if (!name) {
    run.terminal.problem(`aslc graph: name the workflow\n\n${HELP.graph}`);
    return 1;
  }
  const result = await compile({ ...run.compile, paths: paths.length > 0 ? paths : run.compile.paths, write: false });
  if (failed(result.diagnostics)) {
    report(run, result.diagnostics, "graph");
    return 2;
  }
  const found = result.workflows.find((w) => w.ir.name === name);
  if (!found) {
    run.terminal.problem(`aslc graph: no workflow named '${name}' (found: ${result.workflows.map((w) => w.ir.name).join(", ") || "none"})`);
    return 1;
  }
  process.stdout.write(emitMermaid(found.ir));
  return 0;
}

async function watchCommand(run: Run): Promise<number> {
  const { terminal } = run;
  const watcher = watch({
    ...run.compile,
    paths: run.args.length > 0 ? run.args : run.compile.paths,
    cwd: run.cwd,
    onBuild(result, ms) {
      if (failed(result.diagnostics)) report(run, result.diagnostics, "watch");
      else terminal.summary(`built ${result.workflows.length} workflows (${result.written.length} files written) in ${Math.round(ms)} ms`);
    },
  });
  await new Promise<void>((done) => {
    process.once("SIGINT", done);
    process.once("SIGTERM", done);
  });
  watcher.close();
  return 0;
}

async function initCommand(run: Run): Promise<number> {
  if (run.args.length > 1) {
    run.terminal.problem(`aslc init: give at most one folder\n\n${HELP.init}`);
    return 1;
  }
  const result = await init(run.args[0] ?? ".", run.cwd, version());
  if (failed(result.diagnostics)) {
    report(run, result.diagnostics, "init");
    return 2;
  }
  if (run.json) run.terminal.json({ diagnostics: [], written: result.written.map((p) => relative(run.cwd, resolve(result.dir, p))) });
  for (const path of result.written) run.terminal.info(`wrote ${relative(run.cwd, resolve(result.dir, path))}`);
  const where = relative(run.cwd, result.dir);
  run.terminal.summary(`aslc init: created ${plural(result.written.length, "file")}; next: ${where ? `cd ${where} && ` : ""}npm install && npm test`);
  return 0;
}

async function explainCommand(run: Run): Promise<number> {
  if (run.args.length !== 1) {
    run.terminal.problem(`aslc explain: give one diagnostic code\n\n${HELP.explain}`);
    return 1;
  }
  const found = explain(run.args[0]!);
  if ("problem" in found) {
    run.terminal.problem(`aslc explain: ${found.problem}`);
    return 2;
  }
  if (run.json) run.terminal.json(found);
  else console.log(explanationText(found));
  return 0;
}

/**
 * `aslc import <file…> [--out dir] [--force]`: one `*.workflow.ts` per state machine in the files,
 * then what to do next: the placeholders a template's DefinitionSubstitutions must give, and the
 * build that writes the definition back.
 */
async function importCommand(run: Run): Promise<number> {
  const { terminal, cwd } = run;
  if (run.args.length === 0) {
    terminal.problem(`aslc import: give the files to import (ASL JSON or YAML, a SAM or CloudFormation template, serverless.yml, a Terraform file)\n\n${HELP.import}`);
    return 1;
  }
  // Loaded here, not above: only importing needs the code generator and its formatter.
  const { importFiles } = await import("./import/import-files.ts");
  const result = await importFiles({ files: run.args, cwd, ...(run.importing.out !== undefined ? { out: run.importing.out } : {}), force: run.importing.force ?? false });
  const rel = (path: string) => relative(cwd, path) || path;
  if (failed(result.diagnostics)) {
    report(run, result.diagnostics, "import");
    return 2;
  }
  if (run.json) {
    terminal.json({
      diagnostics: result.diagnostics.map((d) => diagnosticJson(d, cwd)),
      written: result.written.map(rel),
      modules: result.modules.map((m) => ({ path: rel(m.path), workflow: m.workflow, from: { file: rel(m.from.file), name: m.from.name, format: m.from.format }, intrinsics: m.intrinsics })),
    });
    return 0;
  }
  if (result.diagnostics.length > 0) report(run, result.diagnostics, "import");
  if (result.modules.length === 0) {
    terminal.summary(`aslc import: no state machine found in ${plural(run.args.length, "file")} (${terminal.elapsed()})`);
    return 0;
  }
  const written = new Set(result.written);
  for (const module of result.modules) {
    const state = written.has(module.path) ? "wrote" : "unchanged";
    terminal.info(`${state} ${rel(module.path)} (${module.from.name} from ${rel(module.from.file)})`);
    if (module.intrinsics.length > 0) {
      terminal.info(`  DefinitionSubstitutions of ${module.from.name} must give:`);
      for (const { name, value } of module.intrinsics) terminal.info(`    ${name}: ${JSON.stringify(value)}`);
    }
  }
  terminal.summary(`aslc import: ${plural(result.modules.length, "workflow")} imported (${terminal.elapsed()})`);
  terminal.info("next: review the inferred schemas, run aslc build, and point each template's DefinitionUri at the <Workflow>.asl.json it writes");
  return 0;
}

async function lintCommand(run: Run): Promise<number> {
  const { flags } = run;
  // Loaded here, not above: linting needs none of what building does.
  const { runLint, LINT_FORMATS } = await import("./cli/lint-command.ts");
  const format = flags.format ?? (run.json ? "json" : "text");
  if (!(LINT_FORMATS as readonly string[]).includes(format) || (run.json && format !== "json")) {
    run.terminal.problem(`aslc lint: --format ${format}${run.json && format !== "json" ? " and --json" : ""}: give --format text, json or sarif (--json is --format json)\n\n${HELP.lint}`);
    return 2;
  }
  return runLint({ paths: run.args, cwd: run.cwd, terminal: run.terminal, format: format as (typeof LINT_FORMATS)[number], warningsAsErrors: flags["warnings-as-errors"], version: version() });
}

const COMMANDS: Record<string, (run: Run) => Promise<number>> = {
  lint: lintCommand,
  build,
  check: checkCommand,
  graph,
  watch: watchCommand,
  init: initCommand,
  explain: explainCommand,
  import: importCommand,
};

/** Config-file paths win over none; paths on the command line win over the config's. */
async function compileOptions(cwd: string, flags: { tsconfig?: string; "no-cache"?: boolean; "module-timeout"?: string }): Promise<{ options: CompileOptions; file?: string } | { diagnostics: Diagnostic[] }> {
  const loaded = await loadConfig(cwd);
  if ("diagnostics" in loaded) return loaded;
  const { config } = loaded;
  const cache = config.cache !== false && !flags["no-cache"];
  return {
    file: loaded.file,
    options: {
      cwd,
      paths: config.paths,
      handlers: config.handlers,
      tsconfig: flags.tsconfig ? resolve(cwd, flags.tsconfig) : config.tsconfig,
      typeCheckCacheDir: cache ? defaultCacheDir(cwd) : undefined,
      moduleTimeoutMs: flags["module-timeout"] === undefined ? undefined : Math.round(Number(flags["module-timeout"]) * 1000),
    },
  };
}

/** An exception nobody expected: one diagnostic, the stack trace only when asked for. */
function internalError(error: unknown, debug: boolean, json: boolean): void {
  const text = error instanceof Error ? error.message : String(error);
  const message = `internal error: ${text.split("\n")[0]}: this is a bug in aslc, please report it with the command you ran${debug ? "" : " (--debug shows the stack trace)"}`;
  const diagnostic: Diagnostic = { code: "ASLC399", severity: "error", message };
  if (json) console.log(JSON.stringify({ diagnostics: [diagnostic] }, null, 2));
  else console.error(`error ${diagnostic.code}: ${message}`);
  if (debug) console.error(error instanceof Error ? (error.stack ?? text) : text);
}

export async function main(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const lint = argv.find((arg) => !arg.startsWith("-")) === "lint";
    console.error(`aslc${lint ? " lint" : ""}: ${message}\n\n${lint ? HELP.lint : HELP.main}`);
    return lint ? 2 : 1;
  }
  const { values, positionals } = parsed;
  const debug = values.debug ?? false;
  const json = values.json ?? false;
  try {
    if (values.version) {
      console.log(version());
      return 0;
    }
    const [command, ...args] = positionals;
    if (command === undefined) {
      console.log(HELP.main);
      return values.help ? 0 : 1;
    }
    const run = COMMANDS[command];
    if (!run) {
      console.error(`aslc: unknown command '${command}'\n\n${HELP.main}`);
      return 1;
    }
    if (values.help) {
      console.log(HELP[command]);
      return 0;
    }
    // lint's exit codes are a linter's: 1 means problems were found, so a bad argument is 2.
    const usageError = command === "lint" ? 2 : 1;
    const timeout = values["module-timeout"];
    if (timeout !== undefined && (timeout.trim() === "" || !Number.isFinite(Number(timeout)) || Number(timeout) <= 0)) {
      console.error(`aslc ${command}: unknown option --module-timeout ${timeout} (give a number of seconds above 0)\n\n${HELP[command]}`);
      return usageError;
    }
    if (values.quiet && values.verbose) {
      console.error(`aslc ${command}: --quiet and --verbose do not go together: choose one`);
      return usageError;
    }
    const lintOnly = (["format", "warnings-as-errors"] as const).find((flag) => values[flag] !== undefined);
    if (lintOnly && command !== "lint") {
      console.error(`aslc ${command}: --${lintOnly} applies to aslc lint only\n\n${HELP[command]}`);
      return 1;
    }
    if (command !== "import" && (values.out !== undefined || values.force)) {
      console.error(`aslc ${command}: --out and --force are options of aslc import\n\n${HELP[command]}`);
      return 1;
    }
    const terminal = new Terminal({ quiet: values.quiet, verbose: values.verbose, json: json || values.format === "json" || values.format === "sarif" });
    // lint reads definitions, not workflow modules: the config and its tsconfig do not apply.
    if (command === "lint") return await lintCommand({ args, cwd, terminal, json, compile: {}, importing: {}, flags: values });
    const setup = command === "init" || command === "explain" || command === "import" ? { options: { cwd } } : await compileOptions(cwd, values);
    const base = { args, cwd, terminal, json, compile: {}, configFile: undefined, importing: { out: values.out, force: values.force }, flags: values };
    if ("diagnostics" in setup) {
      report(base, setup.diagnostics, command);
      return 2;
    }
    return await run({ ...base, compile: setup.options, configFile: setup.file });
  } catch (error) {
    internalError(error, debug, json);
    return 2;
  }
}

/**
 * For the `aslc` executable: failures outside any command's own handling (a thread that dies,
 * a rejection nobody awaited) are internal errors too, never a bare stack trace.
 */
export function installCrashHandlers(argv: readonly string[]): void {
  const debug = argv.includes("--debug");
  const json = argv.includes("--json");
  const crash = (error: unknown) => {
    internalError(error, debug, json);
    process.exit(2);
  };
  process.on("uncaughtException", crash);
  process.on("unhandledRejection", crash);
}
