/**
 * Which Retriers and Catchers an error matches, as Step Functions documents it
 * (https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html):
 * - `States.ALL` matches any error name but `States.Runtime` and `States.DataLimitExceeded`;
 * - `States.TaskFailed` matches any error name but `States.Timeout` (and, as it is narrower than
 *   `States.ALL`, not those two either);
 * - `States.Runtime` is not retriable and always fails the execution: nothing matches it, not
 *   even a retrier or catcher that names it;
 * - `States.DataLimitExceeded` is matched only where it is named.
 */

/** Errors the wildcards do not match. */
const BEYOND_WILDCARDS: ReadonlySet<string> = new Set(["States.Runtime", "States.DataLimitExceeded"]);

function nameMatches(name: string, error: string): boolean {
  if (name === error) return true;
  if (BEYOND_WILDCARDS.has(error)) return false;
  return name === "States.ALL" || (name === "States.TaskFailed" && error !== "States.Timeout");
}

/** Whether a Retrier's or Catcher's ErrorEquals matches the error. */
export function errorMatches(errorEquals: readonly string[], error: string): boolean {
  return error !== "States.Runtime" && errorEquals.some((name) => nameMatches(name, error));
}
