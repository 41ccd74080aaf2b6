/**
 * State machines in a SAM or CloudFormation template (YAML or JSON): every
 * AWS::Serverless::StateMachine and AWS::StepFunctions::StateMachine resource, whose definition is
 * given inline (Definition), as JSON text (DefinitionString), or in a local file (DefinitionUri,
 * DefinitionS3Location). serverless.yml's `resources.Resources` is read the same way.
 */
import { dirname, resolve } from "node:path";
import { type Document, isMap, isScalar, type Node } from "yaml";
import type { Diagnostic } from "../../diagnostics.ts";
import type { SourceFormat } from "../definition-source.ts";
import { readDefinitionFile } from "./definition-file.ts";
import { definitionStringText, intrinsicOf } from "./definition-string.ts";
import { isObject } from "./file-kind.ts";
import type { Found } from "./found.ts";
import { type FoundDefinition, jsonDefinition } from "./json-definition.ts";
import { sourceDiagnostic } from "./source-diagnostic.ts";
import type { SiteAt } from "./text-sites.ts";
import { fieldNode, locateYaml, yamlValue } from "./yaml-tree.ts";

export interface ParsedFile {
  readonly file: string;
  readonly text: string;
  readonly document: Document.Parsed;
  readonly siteAt: SiteAt;
}

const STATE_MACHINE_TYPES: ReadonlyMap<unknown, SourceFormat> = new Map([
  ["AWS::Serverless::StateMachine", "sam"],
  ["AWS::StepFunctions::StateMachine", "cloudformation"],
]);

/** The state machines among a template's `Resources`. */
export function templateSources(resources: Node | null, parsed: ParsedFile, found: Found): void {
  if (!isMap(resources)) return;
  for (const pair of resources.items) {
    const name = String(yamlValue(pair.key, parsed.document));
    const resource = pair.value as Node | null;
    const format = STATE_MACHINE_TYPES.get(yamlValue(fieldNode(resource, "Type", parsed.document)?.value ?? null, parsed.document));
    if (!format) continue;
    const resourceSite = parsed.siteAt((pair.key as Node).range?.[0] ?? 0);
    const properties = fieldNode(resource, "Properties", parsed.document)?.value ?? null;
    const read = stateMachineDefinition(properties, parsed, name);
    if ("diagnostic" in read) {
      found.diagnostics.push(read.diagnostic ?? noDefinition(name, format, resourceSite));
      continue;
    }
    const given = fieldNode(properties, "DefinitionSubstitutions", parsed.document)?.value ?? null;
    const substitutions = { ...read.variables, ...asRecord(yamlValue(given, parsed.document)) };
    const substitutionSite = (key: string) => {
      const written = fieldNode(given, key, parsed.document)?.key.range?.[0];
      return written === undefined ? undefined : parsed.siteAt(written);
    };
    found.sources.push({
      file: read.file,
      name,
      format,
      definition: read.definition,
      siteOf: read.siteOf,
      ...(Object.keys(substitutions).length > 0 ? { substitutions, substitutionSite } : {}),
    });
  }
}

type MachineDefinition =
  | (FoundDefinition & { readonly file: string; readonly variables?: { readonly [name: string]: unknown } })
  | { readonly diagnostic: Diagnostic | undefined };

function stateMachineDefinition(properties: Node | null, parsed: ParsedFile, name: string): MachineDefinition {
  const { document, siteAt } = parsed;
  const inline = fieldNode(properties, "Definition", document);
  if (inline) {
    return {
      file: parsed.file,
      definition: yamlValue(inline.value, document),
      siteOf: (path) => siteAt(locateYaml(inline.value, path, document, inline.key.range?.[0])),
    };
  }
  const string = fieldNode(properties, "DefinitionString", document);
  if (string) {
    const text = definitionStringText(string.value, document, parsed.text);
    if (!text.ok) return { diagnostic: sourceDiagnostic("ASLC405", `${text.message}.`, siteAt(text.offset), name) };
    const read = jsonDefinition(text.text, siteAt, "DefinitionString", name);
    if (!read.ok) return { diagnostic: read.diagnostic };
    return { file: parsed.file, definition: read.definition, siteOf: read.siteOf, ...(text.variables ? { variables: text.variables } : {}) };
  }
  for (const field of ["DefinitionUri", "DefinitionS3Location"]) {
    const location = fieldNode(properties, field, document);
    if (location) return definitionFile(field, location, parsed, name);
  }
  return { diagnostic: undefined };
}

/** DefinitionUri or DefinitionS3Location: a local path is read; an S3 location is not. */
function definitionFile(field: string, location: { key: Node; value: Node | null }, parsed: ParsedFile, name: string): MachineDefinition {
  const site = parsed.siteAt(location.key.range?.[0] ?? 0);
  const path = isScalar(location.value) && typeof location.value.value === "string" && !intrinsicOf(location.value, parsed.document) ? location.value.value : undefined;
  const written = yamlValue(location.value, parsed.document);
  const bucket = isObject(written) && typeof written.Bucket === "string" && typeof written.Key === "string" ? `s3://${written.Bucket}/${written.Key}` : undefined;
  if (path === undefined && bucket === undefined) {
    return {
      diagnostic: sourceDiagnostic(
        "ASLC405",
        `State machine '${name}': ${field} is ${JSON.stringify(written)}, known only when the stack is deployed; aslc reads a local path, or an inline Definition.`,
        site,
        name,
      ),
    };
  }
  if (path === undefined || /^s3:\/\//i.test(path)) {
    const where = path ?? bucket;
    return {
      diagnostic: sourceDiagnostic(
        "ASLC404",
        `State machine '${name}': ${field} is ${where}, stored in S3; aslc reads local files only. Point ${field} at the local file it is uploaded from, or read that file directly.`,
        site,
        name,
      ),
    };
  }
  const file = resolve(dirname(parsed.file), path);
  const read = readDefinitionFile(file, site, name);
  return read.ok ? { file, definition: read.definition, siteOf: read.siteOf } : { diagnostic: read.diagnostic };
}

function noDefinition(name: string, format: SourceFormat, site: ReturnType<SiteAt>): Diagnostic {
  const fields = format === "sam" ? "Definition or DefinitionUri" : "Definition, DefinitionString or DefinitionS3Location";
  return sourceDiagnostic("ASLC403", `State machine '${name}' gives no definition: give it ${fields}.`, site, name);
}

function asRecord(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : {};
}
