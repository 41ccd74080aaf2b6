/**
 * A corpus definition written again with the DSL: the corpus file it rebuilds (relative to the
 * corpus folder), the workflow an author would write for it, and what is known to refuse the
 * definition although it is valid where it matters: the compiler (on purpose, with a diagnostic
 * code) or asl-validator (a gap in its schemas, with the message it gives).
 */
export interface CorpusRebuild {
  /** The corpus file, as MANIFEST.tsv names it. */
  readonly corpus: string;
  /** The chain `workflow(…)` started. */
  readonly workflow: unknown;
  /** Set when `emitAsl` refuses the workflow on purpose: the diagnostic code and why. */
  readonly rejected?: { readonly code: string; readonly why: string };
  /** Set when asl-validator refuses the definition though Step Functions takes it: part of its message, and why. */
  readonly aslValidatorRejects?: { readonly message: string; readonly why: string };
}
