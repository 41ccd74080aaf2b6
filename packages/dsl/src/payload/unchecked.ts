/**
 * `unchecked(text)`: a JSONPath read the types leave unchecked, the counterpart of `jsonata(…)`.
 *
 * Step Functions takes a definition whose path selects nothing when the state runs (a context
 * object field AWS does not have, `$$.z`; a field the result lacks; a variable no state assigns;
 * a string where a Map needs a number) and fails only the execution that reaches it. The types
 * refuse such a read, which catches a misspelt path as it is typed; `unchecked("$.path")` says
 * the read is meant. It is emitted as the same text, reads as `unknown`, and the compiler still
 * checks its syntax and warns where its flow checks see that the read selects nothing.
 */
export const UNCHECKED = Symbol.for("aslc.unchecked");

/** A path (`$.a`, `$$.Execution.Id`, `$name`) or intrinsic (`States.Format(…)`) the types do not check. */
export interface UncheckedRead {
  readonly [UNCHECKED]: true;
  /** The path or intrinsic as ASL writes it. */
  readonly text: string;
}

/**
 * A JSONPath read the types do not check, for a path or intrinsic that Step Functions takes but
 * the payload types say selects nothing. Accepted wherever a path is (inputPath, outputPath,
 * itemsPath, the `…Path` number and string fields) and as a template value (`"key.$"` or a plain
 * key, which gets the `.$` as `ref(…)` does).
 *
 *   outputPath: unchecked("$.batch_input")
 *   parameters: { "started.$": unchecked("$$.z") }
 */
export function unchecked(text: string): UncheckedRead {
  if (typeof text !== "string" || !(text.startsWith("$") || text.startsWith("States."))) {
    throw new TypeError(`unchecked(${JSON.stringify(text)}): give a path ('$.field', '$$.Execution.Id', '$variable') or an intrinsic function ('States.Format(…)')`);
  }
  return Object.freeze({ [UNCHECKED]: true as const, text });
}

export function isUnchecked(value: unknown): value is UncheckedRead {
  return typeof value === "object" && value !== null && UNCHECKED in value;
}
