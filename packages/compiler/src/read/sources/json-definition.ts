/**
 * A definition written as JSON text, in a file of its own or embedded in another (a template's
 * DefinitionString, a Terraform heredoc): its value, and the site of each node in the file.
 */
import type { SourceSite } from "@aslc/dsl";
import type { Diagnostic } from "../../diagnostics.ts";
import type { NodePath } from "../definition-source.ts";
import { type EmbeddedText, fileOffset } from "./embedded-text.ts";
import { readJson } from "./json-text.ts";
import { sourceDiagnostic } from "./source-diagnostic.ts";
import type { SiteAt } from "./text-sites.ts";

export interface FoundDefinition {
  readonly definition: unknown;
  siteOf(path: NodePath): SourceSite;
}

export type DefinitionRead = ({ readonly ok: true } & FoundDefinition) | { readonly ok: false; readonly diagnostic: Diagnostic };

/** Reads `embedded` as strict JSON; `what` names the text in a syntax error's message ("DefinitionString"). */
export function jsonDefinition(embedded: EmbeddedText, siteAt: SiteAt, what: string, workflow?: string): DefinitionRead {
  const read = readJson(embedded.text);
  if (!read.ok) {
    const site = siteAt(fileOffset(embedded, read.offset));
    return { ok: false, diagnostic: sourceDiagnostic("ASLC401", `${what} is not JSON: ${read.message}.`, site, workflow) };
  }
  return { ok: true, definition: read.value, siteOf: (path) => siteAt(fileOffset(embedded, read.locate(path))) };
}
