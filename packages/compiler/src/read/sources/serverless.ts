/**
 * State machines in serverless.yml (the serverless-step-functions plugin):
 * `stepFunctions.stateMachines.<key>.definition`, inline or `${file(path)}` of a local file. The
 * machine is named by its `name`, else its key. Serverless variables (`${self:…}`, `${opt:…}`)
 * are kept as the text they are; CloudFormation resources under `resources.Resources` are read too.
 */
import { dirname, resolve } from "node:path";
import { isMap, isScalar, type Node } from "yaml";
import { readDefinitionFile } from "./definition-file.ts";
import type { Found } from "./found.ts";
import { sourceDiagnostic } from "./source-diagnostic.ts";
import { type ParsedFile, templateSources } from "./template.ts";
import { fieldNode, locateYaml, yamlValue } from "./yaml-tree.ts";

/** `${file(./machine.json)}`: the whole definition read from a local file. */
const FILE_VARIABLE = /^\$\{file\(\s*(['"]?)([^)'"]+)\1\s*\)\}$/;

export function serverlessSources(root: Node | null, parsed: ParsedFile, found: Found): void {
  const { document, siteAt } = parsed;
  const machines = fieldNode(fieldNode(root, "stepFunctions", document)?.value ?? null, "stateMachines", document)?.value ?? null;
  if (isMap(machines)) {
    for (const pair of machines.items) {
      const key = String(yamlValue(pair.key, document));
      const machine = pair.value as Node | null;
      const named = yamlValue(fieldNode(machine, "name", document)?.value ?? null, document);
      const name = typeof named === "string" ? named : key;
      const definition = fieldNode(machine, "definition", document);
      const keySite = siteAt((pair.key as Node).range?.[0] ?? 0);
      if (!definition) {
        found.diagnostics.push(sourceDiagnostic("ASLC403", `State machine '${name}' gives no definition: give it a definition.`, keySite, name));
        continue;
      }
      const fileVariable = isScalar(definition.value) ? FILE_VARIABLE.exec(String(definition.value.value)) : null;
      if (fileVariable) {
        const file = resolve(dirname(parsed.file), fileVariable[2]!);
        const read = readDefinitionFile(file, siteAt(definition.key.range?.[0] ?? 0), name);
        if (read.ok) found.sources.push({ file, name, format: "serverless", definition: read.definition, siteOf: read.siteOf });
        else found.diagnostics.push(read.diagnostic);
        continue;
      }
      if (!isMap(definition.value)) {
        const site = siteAt(definition.key.range?.[0] ?? 0);
        found.diagnostics.push(
          sourceDiagnostic("ASLC405", `State machine '${name}': definition is not an object: write it inline, or as \${file(path)} of a local file.`, site, name),
        );
        continue;
      }
      found.sources.push({
        file: parsed.file,
        name,
        format: "serverless",
        definition: yamlValue(definition.value, document),
        siteOf: (path) => siteAt(locateYaml(definition.value, path, document, definition.key.range?.[0])),
      });
    }
  }
  templateSources(fieldNode(fieldNode(root, "resources", document)?.value ?? null, "Resources", document)?.value ?? null, parsed, found);
}
