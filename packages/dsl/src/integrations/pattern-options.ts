/**
 * The options that choose an integration's pattern (`.sync`, `.sync:2`, `.waitForTaskToken`),
 * and what each does to the result's type. `waitForTaskToken` results are whatever the callback
 * sends; declare them with the task's `result` schema.
 */
import type { Pattern } from "./descriptor.ts";

export interface Callback {
  /** Pause until SendTaskSuccess/SendTaskFailure is called with `$$.Task.Token`. @default false */
  waitForTaskToken?: boolean;
}

/** Every typed helper's option to write a placeholder as its Resource. */
export interface Placeholder {
  /**
   * A `\${Name}` placeholder written as the Resource instead of the integration's ARN, for SAM's or
   * CloudFormation's DefinitionSubstitutions to map to it (`"\${DDBGetItem}"` for
   * `arn:aws:states:::dynamodb:getItem`); the request and result stay typed by the integration.
   * @default the integration's ARN
   */
  resource?: `\${${string}}`;
}

export interface Sync {
  /** Wait for the job to complete (`.sync`). @default false */
  sync?: boolean;
}

export type CallbackResult<O, R> = O extends { waitForTaskToken: true } ? unknown : R;

export type SyncResult<O, Sync, Plain> = O extends { waitForTaskToken: true } ? unknown : O extends { sync: true } ? Sync : Plain;

export function patternOf(options: Callback & Sync & { sync2?: boolean }): Pattern {
  if (options.waitForTaskToken && (options.sync || options.sync2)) throw new TypeError("choose either sync or waitForTaskToken, not both");
  if (options.waitForTaskToken) return "waitForTaskToken";
  if (options.sync2) return "sync:2";
  return options.sync ? "sync" : "request-response";
}
