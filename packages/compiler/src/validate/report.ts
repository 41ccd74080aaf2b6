import type { DiagnosticCode, StateNode, WorkflowIR } from "@aslc/dsl";
import type { Diagnostic } from "../diagnostics.ts";

/** Collects diagnostics for one workflow; each names the state and points at its builder call. */
export class Report {
  readonly diagnostics: Diagnostic[] = [];
  constructor(private readonly workflow: WorkflowIR) {}

  error(code: DiagnosticCode, state: StateNode | undefined, message: string): void {
    this.diagnostics.push({
      code,
      severity: "error",
      message: state ? `state '${state.name}': ${message}` : `workflow '${this.workflow.name}': ${message}`,
      workflow: this.workflow.name,
      state: state?.name,
      site: state?.site ?? this.workflow.site,
    });
  }
}
