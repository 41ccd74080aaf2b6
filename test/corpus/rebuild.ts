/**
 * A corpus definition written again with the DSL: the corpus file it rebuilds (relative to the
 * corpus folder), the workflow an author would write for it, and what is known to refuse the
 * definition although it is valid where it matters: the compiler (on purpose, with a diagnostic
 * code), asl-validator or @wmfs/statelint (a gap in their schemas, with the message they give).
 */
export interface CorpusRebuild {
  /** The corpus file, as MANIFEST.tsv names it. */
  readonly corpus: string;
  /** The chain `workflow(…)` started. */
  readonly workflow: unknown;
  /** Set when `emitAsl` refuses the workflow on purpose: the diagnostic code and why. */
  readonly rejected?: { readonly code: string; readonly why: string };
  /** Set when asl-validator refuses the definition though Step Functions takes it: part of its message, and why. */
  readonly aslValidatorRejects?: KnownRefusal;
  /** Set when @wmfs/statelint refuses the definition though Step Functions takes it: part of its message, and why. */
  readonly statelintRejects?: KnownRefusal;
  /** Each untyped form the module writes (see escape-hatches.ts), where, and why the typed form cannot say it. */
  readonly escapes?: readonly EscapeHatch[];
}

export interface KnownRefusal {
  readonly message: string;
  readonly why: string;
}

export interface EscapeHatch {
  /** Which kind of untyped form (escape-hatches.ts tells each kind from the module's source). */
  readonly kind: EscapeKind;
  /** The state and field, e.g. "State Start Athena Resource". */
  readonly where: string;
  readonly why: string;
}

export type EscapeKind = "raw resource" | "untyped integration" | "raw intrinsic" | "unknown schema" | "cast";
