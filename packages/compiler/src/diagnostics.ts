/**
 * Diagnostics: a stable code, the state it concerns, where the author wrote it, and a message
 * that says what to do. Rendered as `file:line:col - error CODE: message` for editors and CI.
 */
import type { DiagnosticCode, SourceSite } from "@aslc/dsl";

export interface Diagnostic {
  readonly code: DiagnosticCode | `TS${number}`;
  readonly severity: "error" | "warning";
  readonly message: string;
  readonly workflow?: string;
  readonly state?: string;
  readonly site?: SourceSite;
  /** Source lines around the site, with a caret under the offending span. */
  readonly frame?: string;
}

export function formatDiagnostic(d: Diagnostic, relativeTo?: string): string {
  const where = d.site ? `${relativeTo ? relativePath(relativeTo, d.site.file) : d.site.file}:${d.site.line}:${d.site.column} - ` : "";
  return `${where}${d.severity} ${d.code}: ${d.message}${d.frame ? `\n\n${d.frame}\n` : ""}`;
}

/** The form tools read (`--json`): paths relative to the project, everything else as is. */
export function diagnosticJson(d: Diagnostic, relativeTo?: string): object {
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    workflow: d.workflow,
    state: d.state,
    file: d.site ? (relativeTo ? relativePath(relativeTo, d.site.file) : d.site.file) : undefined,
    line: d.site?.line,
    column: d.site?.column,
  };
}

function relativePath(base: string, file: string): string {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  return file.startsWith(prefix) ? file.slice(prefix.length) : file;
}

/** Thrown by emitters given a workflow with errors; carries every diagnostic found. */
export class CompileError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map((d) => formatDiagnostic(d)).join("\n"));
    this.name = "CompileError";
  }
}
