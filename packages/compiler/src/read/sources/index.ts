/**
 * Every state machine definition in a file a user already has, as written, with the line and
 * column of each of its nodes: ASL files (JSON, YAML), SAM and CloudFormation templates,
 * serverless.yml and Terraform. The file's kind is judged by its content first, its extension
 * second; a file that holds no definition says what was expected.
 */
import { readFileSync } from "node:fs";
import { basename, extname, resolve } from "node:path";
import type { Diagnostic } from "../../diagnostics.ts";
import type { DefinitionSource } from "../definition-source.ts";
import { unreadable } from "./definition-file.ts";
import { verbatimText } from "./embedded-text.ts";
import { documentKind, fileKind } from "./file-kind.ts";
import type { Found } from "./found.ts";
import { jsonDefinition } from "./json-definition.ts";
import { serverlessSources } from "./serverless.ts";
import { sourceDiagnostic } from "./source-diagnostic.ts";
import { type ParsedFile, templateSources } from "./template.ts";
import { terraformSources } from "./terraform/terraform-sources.ts";
import { textSites } from "./text-sites.ts";
import { fieldNode, locateYaml, readYaml } from "./yaml-tree.ts";

export async function readDefinitionSources(file: string): Promise<{ sources: DefinitionSource[]; diagnostics: Diagnostic[] }> {
  const path = resolve(file);
  let text: string;
  try {
    // One small file after another: a synchronous read costs a third of a promise-based one.
    text = readFileSync(path, "utf8");
  } catch (error) {
    return { sources: [], diagnostics: [unreadable(path, error, { file: path, line: 1, column: 1 })] };
  }
  return definitionSourcesIn(path, text);
}

/** The definitions in `text`, the contents of the file at `path` (absolute). */
export function definitionSourcesIn(path: string, text: string): Found {
  const found: Found = { sources: [], diagnostics: [] };
  const siteAt = textSites(path, text);
  const kind = fileKind(path, text);
  if (kind === "terraform") {
    terraformSources(path, text, siteAt, found);
    if (found.sources.length === 0 && found.diagnostics.length === 0) {
      found.diagnostics.push(sourceDiagnostic("ASLC403", `${basename(path)} has no resource "aws_sfn_state_machine" with a definition.`, siteAt(0)));
    }
    return found;
  }
  const name = fileName(path);
  if (kind === "json") {
    const read = jsonDefinition(verbatimText(text, 0), siteAt, "The file");
    if (!read.ok) return { sources: [], diagnostics: [read.diagnostic] };
    const what = documentKind(read.definition);
    if (what === "asl") return { sources: [{ file: path, name, format: "asl-json", definition: read.definition, siteOf: read.siteOf }], diagnostics: [] };
    if (what === "none") return { sources: [], diagnostics: [nothingExpected(path, siteAt(0))] };
    // A JSON template or serverless.json: YAML reads JSON too, and gives the nodes' styles and ranges.
  }
  const read = readYaml(text);
  if (!read.ok) {
    // A JSON template is read as YAML for its positions; what YAML refuses there is JSON CloudFormation refuses too (a key written twice).
    const what = kind === "json" ? "The template cannot be read" : "The file is not YAML";
    return { sources: [], diagnostics: [sourceDiagnostic("ASLC402", `${what}: ${read.message}.`, siteAt(read.offset))] };
  }
  const value = read.value;
  const parsed: ParsedFile = { file: path, text, document: read.document, siteAt };
  switch (documentKind(value)) {
    case "asl":
      found.sources.push({ file: path, name, format: "asl-yaml", definition: value, siteOf: (nodePath) => siteAt(locateYaml(read.root, nodePath, read.document)) });
      break;
    case "template":
      templateSources(fieldNode(read.root, "Resources", read.document)?.value ?? null, parsed, found);
      if (found.sources.length === 0 && found.diagnostics.length === 0) {
        found.diagnostics.push(sourceDiagnostic("ASLC403", "The template has no AWS::Serverless::StateMachine or AWS::StepFunctions::StateMachine resource.", siteAt(0)));
      }
      break;
    case "serverless":
      serverlessSources(read.root, parsed, found);
      if (found.sources.length === 0 && found.diagnostics.length === 0) {
        found.diagnostics.push(sourceDiagnostic("ASLC403", "serverless.yml has no state machine: aslc reads stepFunctions.stateMachines.<name>.definition.", siteAt(0)));
      }
      break;
    case "none":
      found.diagnostics.push(nothingExpected(path, siteAt(0)));
  }
  return found;
}

/** A definition file's own name for its machine: `orders.asl.json` is `orders`. */
function fileName(path: string): string {
  const base = basename(path, extname(path));
  return base.endsWith(".asl") ? base.slice(0, -".asl".length) : base;
}

function nothingExpected(path: string, site: ReturnType<ReturnType<typeof textSites>>): Diagnostic {
  return sourceDiagnostic(
    "ASLC403",
    `${basename(path)} holds no state machine definition: aslc expected an ASL definition (an object with StartAt and States), a SAM or CloudFormation template with a state machine resource, serverless.yml with stepFunctions.stateMachines, or Terraform with an aws_sfn_state_machine resource.`,
    site,
  );
}
