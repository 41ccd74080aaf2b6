/**
 * Whether a process id belongs to a running process: a staged file or journal of a live build is
 * that build's, and is left alone; one whose writer is gone is a leftover. A recycled id makes a
 * leftover look live until that process ends, which only delays the clean-up.
 */
export function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
