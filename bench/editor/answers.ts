/**
 * What makes an engine's answer real: a fast wrong answer is not a measurement. Every answer is
 * checked on every run: diagnostics must find no error, a path completion must offer a field of
 * the payload, a goto completion the states (among them the one the goto names), a quick info
 * must say something.
 */
import type { Operation } from "./operations.ts";

export type Answer =
  | { readonly kind: "diagnostics"; readonly errors: readonly string[] }
  | { readonly kind: "completions"; readonly entries: readonly string[] }
  | { readonly kind: "quick info"; readonly text: string };

/** What the workflow's answers must hold. */
export interface Expected {
  /** A payload field, as a path, that path completions must offer. */
  readonly field: string;
  /** The state a goto names, which goto completions must offer. */
  readonly gotoTarget: string;
}

export type Judgement =
  | { readonly kind: "real" }
  /** No answer where the engine lacks what gives it (a plugin it does not run): reported, not judged. */
  | { readonly kind: "unanswered"; readonly why: string }
  | { readonly kind: "wrong"; readonly why: string };

const REAL: Judgement = { kind: "real" };

function listed(entries: readonly string[]): string {
  return entries.length === 0 ? "nothing" : `${entries.length}: ${entries.slice(0, 5).join(", ")}${entries.length > 5 ? ", …" : ""}`;
}

/** Whether `wanted` is offered among others: one entry alone is the string as written, offered back. */
function offers(entries: readonly string[], wanted: string): boolean {
  return entries.length > 1 && entries.includes(wanted);
}

/**
 * Judges an answer to `op`: a workflow's against what it must hold, a baseline's (`expected`
 * undefined: it has no states, so nothing to complete) on its diagnostics and quick info alone.
 * `plugins` says whether the engine runs the DSL's editor plugin.
 */
export function judgeAnswer(op: Operation, answer: Answer, expected: Expected | undefined, plugins: boolean): Judgement {
  switch (answer.kind) {
    case "diagnostics":
      return answer.errors.length === 0 ? REAL : { kind: "wrong", why: `${answer.errors.length} error(s): ${answer.errors[0]}` };
    case "quick info":
      return answer.text.trim() !== "" ? REAL : { kind: "wrong", why: "empty quick info" };
    case "completions": {
      if (expected === undefined) return REAL;
      const wanted = op === "goto" ? expected.gotoTarget : expected.field;
      if (offers(answer.entries, wanted)) return REAL;
      // A state's options are completed by the plugin alone (their parameter offers no paths to TypeScript).
      if (op === "path" && !plugins && answer.entries.length === 0) return { kind: "unanswered", why: "no completions: this path is completed by the plugin, which this engine does not run" };
      return { kind: "wrong", why: `offered ${listed(answer.entries)}; expected ${wanted} among others` };
    }
  }
}
