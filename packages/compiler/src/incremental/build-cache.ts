/**
 * What one build hands to the next (watch mode): per workflow module, the key of its source
 * closure and what loading and rendering it produced. A module whose key is unchanged is
 * neither loaded nor rendered again.
 */
import type { Diagnostic } from "../diagnostics.ts";
import type { LoadedWorkflow } from "../load/load-workflows.ts";
import type { OutputFile } from "../write/atomic-write.ts";

export interface CachedModule {
  readonly key: string;
  readonly workflows: readonly LoadedWorkflow[];
  readonly diagnostics: readonly Diagnostic[];
  /** Rendered outputs by workflow name (filled once the workflow validated). */
  readonly outputs: Map<string, readonly OutputFile[]>;
}

export class BuildCache {
  readonly modules = new Map<string, CachedModule>();
}
