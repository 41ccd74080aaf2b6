/**
 * `aslc lint [paths…]`: checks existing definitions and prints what it finds, as text
 * (`file:line:col - error ASLCnnn: …` and a summary line), JSON (`--json`, `--format json`) or
 * SARIF 2.1.0 (`--format sarif`). Loaded only when the command is lint, so the other commands'
 * modules (the type checker, the module loader, the formatter) are never loaded for it.
 *
 * Exit codes: 0 no error, 1 errors found (warnings too with --warnings-as-errors), 2 the lint
 * could not run: a bad argument, a path that is not there, no definition under the paths.
 */
import { DIAGNOSTICS, isDiagnosticCode } from "@aslc/dsl";
import { diagnosticJson, type Diagnostic } from "../diagnostics.ts";
import { lint } from "../lint/lint-files.ts";
import { sarifLog } from "../lint/sarif.ts";
import { plural, type Terminal } from "./terminal.ts";

export const LINT_FORMATS = ["text", "json", "sarif"] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

export interface LintCommand {
  readonly paths: readonly string[];
  readonly cwd: string;
  readonly terminal: Terminal;
  readonly format: LintFormat;
  /** @default false */
  readonly warningsAsErrors?: boolean;
  readonly version: string;
}

function withTitle(d: Diagnostic, cwd: string): object {
  return { ...diagnosticJson(d, cwd), title: isDiagnosticCode(d.code) ? DIAGNOSTICS[d.code].title : undefined };
}

export async function runLint(command: LintCommand): Promise<number> {
  const { cwd, terminal } = command;
  const result = await lint(command.paths, { cwd });
  const errors = result.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = result.diagnostics.length - errors;
  const exitCode = result.incomplete ? 2 : errors > 0 || (command.warningsAsErrors && warnings > 0) ? 1 : 0;
  if (command.format === "sarif") {
    terminal.json(sarifLog(result.diagnostics, cwd, command.version));
    return exitCode;
  }
  if (command.format === "json") {
    terminal.json({ diagnostics: result.diagnostics.map((d) => withTitle(d, cwd)), files: result.files.length, definitions: result.definitions, errors, warnings });
    return exitCode;
  }
  terminal.findings(result.diagnostics, cwd);
  const flagged = new Set(result.diagnostics.map((d) => d.site?.file).filter((f) => f !== undefined)).size;
  const counts = [plural(errors, "error"), ...(warnings > 0 ? [plural(warnings, "warning")] : [])].join(", ");
  const line = `aslc lint: ${counts} in ${flagged} of ${plural(result.files.length, "file")} (${plural(result.definitions, "definition")}) (${terminal.elapsed()})`;
  if (exitCode === 0) terminal.summary(line);
  else terminal.finding(line);
  return exitCode;
}
