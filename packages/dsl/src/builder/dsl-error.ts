import type { DiagnosticCode } from "../diagnostics/registry.ts";
import type { SourceSite } from "../ir/nodes.ts";

/** A workflow the builder cannot lower; carries a stable code and the author's call site. */
export class DslError extends Error {
  constructor(
    readonly code: DiagnosticCode,
    message: string,
    readonly site: SourceSite | undefined,
  ) {
    super(message);
    this.name = "DslError";
  }

  /** Recognises a DslError from any copy of this module. */
  static is(error: unknown): error is DslError {
    return error instanceof Error && error.name === "DslError" && typeof (error as DslError).code === "string";
  }
}
