import type { SourceSite } from "../ir/nodes.ts";

/** A workflow the builder cannot lower; carries a stable code and the author's call site. */
export class DslError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly site: SourceSite | undefined,
  ) {
    super(message);
    this.name = "DslError";
  }
}
