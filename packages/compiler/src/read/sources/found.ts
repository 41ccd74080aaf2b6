/** What reading one file gives: the definitions found in it, and what stood in the way. */
import type { Diagnostic } from "../../diagnostics.ts";
import type { DefinitionSource } from "../definition-source.ts";

export interface Found {
  readonly sources: DefinitionSource[];
  readonly diagnostics: Diagnostic[];
}
