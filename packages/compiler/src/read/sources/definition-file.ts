/**
 * A definition in a file of its own: the ASL file a user lints, or the local file a template's
 * DefinitionUri, serverless's ${file(…)} or Terraform's file() names. JSON is read strictly;
 * YAML (which SAM also accepts for DefinitionUri) with its positions.
 */
import { readFileSync } from "node:fs";
import type { SourceSite } from "@aslc/dsl";
import type { Diagnostic } from "../../diagnostics.ts";
import { verbatimText } from "./embedded-text.ts";
import { fileKind } from "./file-kind.ts";
import { type DefinitionRead, jsonDefinition } from "./json-definition.ts";
import { sourceDiagnostic } from "./source-diagnostic.ts";
import { textSites } from "./text-sites.ts";
import { locateYaml, readYaml } from "./yaml-tree.ts";

export type DefinitionFileRead = DefinitionRead & { readonly format?: "asl-json" | "asl-yaml" };

/** Reads the definition file at `path`; `from` is the site that names it (where a missing file is reported). */
export function readDefinitionFile(path: string, from: SourceSite, workflow?: string): DefinitionFileRead {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    return { ok: false, diagnostic: unreadable(path, error, from, workflow) };
  }
  return definitionInText(path, text, workflow);
}

export function definitionInText(path: string, text: string, workflow?: string): DefinitionFileRead {
  const siteAt = textSites(path, text);
  if (fileKind(path, text) === "json") return { ...jsonDefinition(verbatimText(text, 0), siteAt, "The file", workflow), format: "asl-json" };
  const read = readYaml(text);
  if (!read.ok) return { ok: false, diagnostic: sourceDiagnostic("ASLC402", `The file is not YAML: ${read.message}.`, siteAt(read.offset), workflow) };
  return {
    ok: true,
    format: "asl-yaml",
    definition: read.value,
    siteOf: (path) => siteAt(locateYaml(read.root, path, read.document)),
  };
}

export function unreadable(path: string, error: unknown, from: SourceSite, workflow?: string): Diagnostic {
  const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "there is no such file" : String((error as Error).message ?? error);
  return sourceDiagnostic("ASLC400", `Cannot read ${path}: ${reason}. Check the path (a relative one is read from the folder of the file that names it).`, from, workflow);
}
