/**
 * The branches of a Parallel state and the iterations of a Map state run at the same time, as in
 * Step Functions: at most `limit` at once, the next one starting, in order, as soon as a slot frees
 * up. When one fails (and the failure is not tolerated), no further one starts, the ones running
 * are stopped (their signal aborts, so they enter no further state) and the group fails at once
 * with that failure. A task a stopped branch had already started still runs to completion, as a
 * Lambda function does (https://docs.aws.amazon.com/step-functions/latest/dg/state-parallel.html).
 *
 * Nothing here waits on a clock: the order in which runs start and finish is decided only by the
 * handlers' promises, so a test that gates its handlers controls the schedule.
 */

/** Thrown in a branch or iteration whose Parallel or Map has failed: it stops there. */
export class Stopped extends Error {
  override name = "Stopped";
}

/** What a failed run does to its group: fail it with an error, or (tolerated) fill its slot. */
export type FailureOutcome = { readonly fail: unknown } | { readonly slot: unknown };

export interface GroupOptions {
  /** How many runs the group has. */
  readonly count: number;
  /** At most this many run at once. */
  readonly limit: number;
  /** The signal of the branch the group runs in: when it aborts, the group's runs stop too. */
  readonly signal: AbortSignal;
  /** Decides what a failure does, given how many runs have failed so far; by default the group fails with it. */
  readonly onFailure?: (error: unknown, failures: number) => FailureOutcome;
  /** Every run started, so that the execution can wait for those left running after the group failed. */
  readonly track: (run: Promise<unknown>) => void;
}

/** Runs `start(index, signal)` for every index; resolves with the outputs in index order. */
export function runGroup(options: GroupOptions, start: (index: number, signal: AbortSignal) => Promise<unknown>): Promise<unknown[]> {
  const { count, limit, onFailure = (error) => ({ fail: error }) } = options;
  const own = new AbortController();
  const signal = AbortSignal.any([options.signal, own.signal]);
  const outputs: unknown[] = new Array(count);
  return new Promise((resolve, reject) => {
    let next = 0;
    let running = 0;
    let finished = 0;
    let failures = 0;
    let failed = false;
    const fail = (error: unknown) => {
      failed = true;
      own.abort();
      reject(error);
    };
    const launch = () => {
      while (!failed && running < limit && next < count) {
        const index = next++;
        running++;
        const run = start(index, signal);
        options.track(run);
        run.then(
          (output) => {
            outputs[index] = output;
          },
          (error) => {
            if (failed) return;
            const outcome = onFailure(error, ++failures);
            if ("fail" in outcome) fail(outcome.fail);
            else outputs[index] = outcome.slot;
          },
        ).finally(() => {
          running--;
          finished++;
          if (failed) return;
          if (finished === count) resolve(outputs);
          else launch();
        });
      }
    };
    if (count === 0) resolve(outputs);
    else launch();
  });
}
