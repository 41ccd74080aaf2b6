/** The diagnostics raised while finding definitions in a file: always an error, always at a site. */
import type { DiagnosticCode, SourceSite } from "@aslc/dsl";
import type { Diagnostic } from "../../diagnostics.ts";

export function sourceDiagnostic(code: DiagnosticCode, message: string, site: SourceSite, workflow?: string): Diagnostic {
  return { code, severity: "error", message, site, ...(workflow === undefined ? {} : { workflow }) };
}

/** A problem found at an offset of a text, before it is placed in its file. */
export interface TextProblem {
  readonly offset: number;
  readonly message: string;
}
