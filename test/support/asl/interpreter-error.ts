/** A definition or test set-up the interpreter cannot run: never caught by a Retry or Catch. */
export class InterpreterError extends Error {
  override name = "InterpreterError";
}
