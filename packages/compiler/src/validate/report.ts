import type { DiagnosticCode, SourceSite, StateNode, WorkflowIR } from "@aslc/dsl";
import type { Diagnostic } from "../diagnostics.ts";
import type { NodePath } from "../read/definition-source.ts";
import { fieldPath } from "./field-path.ts";

/**
 * Where a diagnostic about a state (or, with no state, the workflow) is written: given the field
 * the check names, as a node path relative to the state (`["Choices", 0, "Next"]`), when the
 * check knows it. Linting a definition from a file points at the JSON or YAML node this way.
 * @default none: the state's own site (a DSL workflow's builder call)
 */
export type Locate = (state: StateNode | undefined, field?: NodePath) => SourceSite | undefined;

/** Collects diagnostics for one workflow; each names the state and points at its builder call (or, with `locate`, its field). */
export class Report {
  readonly diagnostics: Diagnostic[] = [];
  constructor(
    private readonly workflow: WorkflowIR,
    private readonly locate?: Locate,
  ) {}

  /**
   * `field` is the place the problem is written, relative to the state (or the workflow): a node
   * path, or the field as ASL names it in messages (`Choices[0].Next`, `Parameters.id.$`).
   */
  error(code: DiagnosticCode, state: StateNode | undefined, message: string, field?: NodePath | string): void {
    this.push("error", code, state, message, field);
  }

  /** What Step Functions takes but does not do as written: the build goes on. */
  warning(code: DiagnosticCode, state: StateNode | undefined, message: string, field?: NodePath | string): void {
    this.push("warning", code, state, message, field);
  }

  private push(severity: Diagnostic["severity"], code: DiagnosticCode, state: StateNode | undefined, message: string, field?: NodePath | string): void {
    const site = this.locate?.(state, typeof field === "string" ? fieldPath(field) : field);
    this.diagnostics.push({
      code,
      severity,
      message: state ? `state '${state.name}': ${message}` : `workflow '${this.workflow.name}': ${message}`,
      workflow: this.workflow.name,
      state: state?.name,
      site: site ?? state?.site ?? this.workflow.site,
    });
  }
}
