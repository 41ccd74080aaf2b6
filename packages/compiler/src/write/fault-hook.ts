/**
 * A test hook for crash safety: with `ASLC_KILL_AT_WRITE_STEP=N` in the environment, the writer
 * kills its own process (SIGKILL, no clean-up) just before its N-th step. Steps, in order: each
 * staged file written, each folder's journal created, each rename or removal, each journal
 * removed. Unset (the default), nothing happens.
 */
const killAt = Number(process.env.ASLC_KILL_AT_WRITE_STEP ?? 0);
let steps = 0;

/** Counts one write step; the process dies here when the hook says so. */
export function writeStep(): void {
  steps += 1;
  if (killAt > 0 && steps === killAt) process.kill(process.pid, "SIGKILL");
}
