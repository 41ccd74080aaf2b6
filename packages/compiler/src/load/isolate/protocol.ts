/**
 * Messages between the compiler and the process that loads workflow modules. Everything the
 * loading process sends is checked on arrival (see ir-wire.ts and supervisor.ts).
 */
import type { DiagnosticCode, SourceSite } from "@aslc/dsl";
import type { WireNonJson, WireWorkflow } from "./ir-wire.ts";

/** One module to load: the author's file and the bundled entry that runs it. */
export interface ModuleEntry {
  readonly file: string;
  readonly url: string;
}

export interface LoadRequest {
  readonly type: "load";
  readonly modules: readonly ModuleEntry[];
  /** How long to wait after the last module for timers and rejections that come later. */
  readonly settleMs: number;
}

/** A problem found while loading, reported as a diagnostic by the compiler. */
export interface WireProblem {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly site?: SourceSite;
  readonly workflow?: string;
}

export type RunnerMessage =
  | { readonly type: "ready" }
  /** The module at this index starts loading (the watchdog times it from here). */
  | { readonly type: "start"; readonly index: number }
  | {
      readonly type: "module";
      readonly index: number;
      readonly workflows: readonly WireWorkflow[];
      readonly problems: readonly WireProblem[];
      readonly nonJson: readonly (WireNonJson & { readonly workflow: string })[];
      /** What the module printed while loading, and where it first did. */
      readonly output: string;
      readonly outputSite?: SourceSite;
    }
  /** The module's top-level await never settled (nothing was left to run). */
  | { readonly type: "unsettled"; readonly index: number }
  /** Something threw after its module had loaded: a timer, a rejected promise nobody awaited. */
  | { readonly type: "late"; readonly index: number; readonly problem?: WireProblem; readonly output: string }
  | { readonly type: "done" };
