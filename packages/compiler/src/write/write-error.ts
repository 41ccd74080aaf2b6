/** A file or folder that could not be written, and why. */
export class WriteError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot write ${path}: ${reason}`);
    this.name = "WriteError";
  }
}

/** The short reason of a file system error: its code (EACCES, ENOSPC, …) when it has one. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);
}
