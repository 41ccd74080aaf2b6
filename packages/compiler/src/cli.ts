/**
 * The `aslc` command line: arguments in, the API called, results out.
 *
 * Exit codes (every command): 0 success; 1 drift found (`check`) or usage error;
 * 2 compile errors (type errors, invalid workflows, modules that fail to load).
 */
import { relative } from "node:path";
import { check } from "./check/check.ts";
import { compile } from "./compile.ts";
import { diagnosticJson, formatDiagnostic, type Diagnostic } from "./diagnostics.ts";
import { emitMermaid } from "./emit/diagram/mermaid.ts";
import { watch } from "./watch.ts";

const HELP: Record<string, string> = {
  main: `Usage: aslc <command> [options]

Commands:
  build [paths…]            compile every *.workflow.ts module under the paths (default: .)
  check [paths…]            compile in memory and fail if the files on disk differ
  graph <workflow> [paths…] print a Mermaid diagram of a workflow
  watch [paths…]            build, then rebuild on every change

Options: --json (diagnostics as JSON), --module-timeout <seconds> (how long one workflow module
may take to load, default 5), --help (on any command)
Exit codes: 0 success, 1 drift or usage error, 2 compile errors`,
  build: `Usage: aslc build [paths…] [--json] [--module-timeout <seconds>]

Finds every *.workflow.ts module under the paths (default: the working directory), type-checks
it, loads it and validates each exported workflow. Writes beside each module:
  <workflow>.asl.json             the definition (formatted, deterministic)
  <workflow>.substitutions.json   the \${Name} placeholders SAM/CloudFormation must supply (if any)
Nothing is written when anything fails. Exit codes: 0 written, 2 compile errors.

Workflow modules run in a process of their own that may read files and nothing else; a module
that exits, prints, throws later, never finishes its top-level await or takes longer than
--module-timeout seconds (default 5) to load is reported, and the build fails.`,
  check: `Usage: aslc check [paths…] [--json] [--module-timeout <seconds>]

Compiles in memory and compares with the files on disk. Prints a unified diff and a per-state
summary for each file that drifted. Exit codes: 0 clean, 1 drift, 2 compile errors.`,
  graph: `Usage: aslc graph <workflow> [paths…]

Prints a Mermaid flowchart of the named workflow: every state, Choice rule labels, Catch edges,
Parallel branches and Map processors. Exit codes: 0 printed, 1 unknown workflow, 2 compile errors.`,
  watch: `Usage: aslc watch [paths…] [--json] [--module-timeout <seconds>]

Builds, then rebuilds whenever a .ts file under the paths changes, keeping the TypeScript
program warm between builds. Stop with Ctrl-C.`,
};

/** What every command takes besides its paths. */
interface Settings {
  readonly json: boolean;
  /** @default DEFAULT_MODULE_TIMEOUT_MS (5 s) */
  readonly moduleTimeoutMs?: number;
}

interface Parsed extends Settings {
  readonly command: string | undefined;
  readonly args: string[];
  readonly help: boolean;
  readonly unknown: string[];
}

function parse(argv: readonly string[]): Parsed {
  const args: string[] = [];
  const unknown: string[] = [];
  let json = false;
  let help = false;
  let moduleTimeoutMs: number | undefined;
  const rest = argv.slice(1);
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === "--json") json = true;
    else if (arg === "--module-timeout" || arg.startsWith("--module-timeout=")) {
      const text = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : rest[++i];
      const seconds = Number(text);
      if (text === undefined || text.trim() === "" || !Number.isFinite(seconds) || seconds <= 0) unknown.push(`${arg.split("=")[0]} ${text ?? ""} (give a number of seconds above 0)`.trimEnd());
      else moduleTimeoutMs = Math.round(seconds * 1000);
    }
    else if (arg === "--help" || arg === "-h") help = true;
    else if (arg.startsWith("-")) unknown.push(arg);
    else args.push(arg);
  }
  const first = argv[0];
  const isHelp = first === "--help" || first === "-h";
  return { command: isHelp ? undefined : first, args, json, moduleTimeoutMs, help: help || isHelp, unknown };
}

function report(diagnostics: readonly Diagnostic[], json: boolean, cwd: string): void {
  if (json) console.log(JSON.stringify({ diagnostics: diagnostics.map((d) => diagnosticJson(d, cwd)) }, null, 2));
  else for (const d of diagnostics) console.error(formatDiagnostic(d, cwd));
}

const failed = (diagnostics: readonly Diagnostic[]) => diagnostics.some((d) => d.severity === "error");

async function build(args: string[], { json, moduleTimeoutMs }: Settings, cwd: string): Promise<number> {
  const result = await compile({ paths: args, cwd, moduleTimeoutMs });
  if (failed(result.diagnostics)) {
    report(result.diagnostics, json, cwd);
    return 2;
  }
  if (json) console.log(JSON.stringify({ diagnostics: [], written: result.outputs.map((o) => relative(cwd, o.path)) }, null, 2));
  else if (result.outputs.length === 0) console.log("aslc build: no *.workflow.ts modules found");
  else {
    const written = new Set(result.written);
    for (const output of result.outputs) {
      if (written.has(output.path)) console.log(`wrote ${relative(cwd, output.path)}`);
      else if (output.once) console.log(`kept ${relative(cwd, output.path)} (a handler is there already)`);
    }
    console.log(`aslc build: ${result.workflows.length} workflows, ${written.size} files written, ${result.outputs.length - written.size} up to date`);
  }
  return 0;
}

async function checkCommand(args: string[], { json, moduleTimeoutMs }: Settings, cwd: string): Promise<number> {
  const result = await check({ paths: args, cwd, moduleTimeoutMs });
  if (failed(result.diagnostics)) {
    report(result.diagnostics, json, cwd);
    return 2;
  }
  if (json) {
    console.log(JSON.stringify({ diagnostics: [], drift: result.drift.map((d) => ({ ...d, path: relative(cwd, d.path) })) }, null, 2));
  } else {
    for (const drift of result.drift) {
      const path = relative(cwd, drift.path);
      console.log(`${path}: ${drift.status === "missing" ? "missing (run aslc build)" : "differs from what its sources compile to"}`);
      for (const line of drift.summary) console.log(`  ${line}`);
      console.log(drift.diff.replaceAll(drift.path, path));
    }
    console.log(
      result.drift.length === 0
        ? `aslc check: ${result.checked} files up to date`
        : `aslc check: ${result.drift.length} of ${result.checked} files drifted; run aslc build and commit the result`,
    );
  }
  return result.drift.length === 0 ? 0 : 1;
}

async function graph(args: string[], { json, moduleTimeoutMs }: Settings, cwd: string): Promise<number> {
  const [name, ...paths] = args;
  if (!name) {
    console.error(`aslc graph: name the workflow\n\n${HELP.graph}`);
    return 1;
  }
  const result = await compile({ paths, cwd, write: false, moduleTimeoutMs });
  if (failed(result.diagnostics)) {
    report(result.diagnostics, json, cwd);
    return 2;
  }
  const found = result.workflows.find((w) => w.ir.name === name);
  if (!found) {
    console.error(`aslc graph: no workflow named '${name}' (found: ${result.workflows.map((w) => w.ir.name).join(", ") || "none"})`);
    return 1;
  }
  process.stdout.write(emitMermaid(found.ir));
  return 0;
}

async function watchCommand(args: string[], { json, moduleTimeoutMs }: Settings, cwd: string): Promise<number> {
  const watcher = watch({
    paths: args,
    cwd,
    moduleTimeoutMs,
    onBuild(result, ms) {
      if (failed(result.diagnostics)) report(result.diagnostics, json, cwd);
      else console.log(`built ${result.workflows.length} workflows (${result.written.length} files written) in ${Math.round(ms)} ms`);
    },
  });
  await new Promise<void>((done) => {
    process.once("SIGINT", done);
    process.once("SIGTERM", done);
  });
  watcher.close();
  return 0;
}

const COMMANDS: Record<string, (args: string[], settings: Settings, cwd: string) => Promise<number>> = {
  build,
  check: checkCommand,
  graph,
  watch: watchCommand,
};

export async function main(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  const { command, args, json, moduleTimeoutMs, help, unknown } = parse(argv);
  if (command === undefined) {
    console.log(HELP.main);
    return help ? 0 : 1;
  }
  const run = COMMANDS[command];
  if (!run) {
    console.error(`aslc: unknown command '${command}'\n\n${HELP.main}`);
    return 1;
  }
  if (help) {
    console.log(HELP[command]);
    return 0;
  }
  if (unknown.length > 0) {
    console.error(`aslc ${command}: unknown option ${unknown.join(", ")}\n\n${HELP[command]}`);
    return 1;
  }
  return run(args, { json, moduleTimeoutMs }, cwd);
}
