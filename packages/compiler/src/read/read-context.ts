/**
 * What reading one definition collects as it walks: the diagnostics, the CloudFormation
 * intrinsics it turned into placeholders, and where each node is written.
 */
import type { DiagnosticCode } from "@aslc/dsl";
import type { Diagnostic } from "../diagnostics.ts";
import { placeholdersIn } from "../emit/asl/placeholders.ts";
import type { DefinitionSource, NodePath } from "./definition-source.ts";

export class ReadContext {
  readonly diagnostics: Diagnostic[] = [];
  /** Placeholder name → the intrinsic it stands for, as written. */
  readonly intrinsics = new Map<string, unknown>();
  /** Whether a problem left the IR unable to hold the definition (an unknown field does not). */
  unreadable = false;

  /** The `${Name}` placeholders the definition itself holds: an intrinsic's placeholder must not take one of their names. */
  readonly placeholders: ReadonlySet<string>;

  constructor(readonly source: DefinitionSource) {
    this.placeholders = new Set(placeholdersIn(source.definition));
  }

  /** Reports a problem at the node `at`, naming the state it is in (or the workflow). */
  report(code: DiagnosticCode, at: NodePath, state: string | undefined, message: string, options: { readonly holdable?: boolean } = {}): void {
    if (!options.holdable) this.unreadable = true;
    this.diagnostics.push({
      code,
      severity: "error",
      message: state !== undefined ? `state '${state}': ${message}` : `workflow '${this.source.name}': ${message}`,
      workflow: this.source.name,
      state,
      site: this.source.siteOf(at),
    });
  }
}
