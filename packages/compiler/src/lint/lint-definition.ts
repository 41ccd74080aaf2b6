/**
 * Every check the compiler makes, on one definition read from a file: what the reader found
 * (fields it does not know, structure the IR cannot hold), the validators (graph, fields, ranges,
 * languages, JSONata, variables and scopes, intrinsics, requests, patterns, and the schema flow
 * with an input nothing is known of), Step Functions' definition size limit, and the template's
 * DefinitionSubstitutions against the placeholders. Each problem points at its JSON or YAML node.
 */
import { readFileSync } from "node:fs";
import type { WorkflowIR } from "@aslc/dsl";
import type { Diagnostic } from "../diagnostics.ts";
import type { AslObject } from "../emit/asl/emit-asl.ts";
import { definitionSizeProblem } from "../limits/definition-size.ts";
import type { DefinitionSource } from "../read/definition-source.ts";
import { validateWorkflow } from "../validate/index.ts";
import { nodeLocator } from "./node-locator.ts";
import { substitutionProblems } from "./substitutions.ts";

/** What reading a definition gives: the IR when it could be built, and what the reader reports. */
export interface ReadOutcome {
  readonly workflow?: WorkflowIR;
  readonly diagnostics: readonly Diagnostic[];
  /** Placeholders the reader made from CloudFormation intrinsics written in the definition. */
  readonly intrinsics?: ReadonlyMap<string, unknown> | { readonly [placeholder: string]: unknown };
}

/** The definition's text as Step Functions receives it: an ASL JSON file as written, anything else as compact JSON. */
function deployedText(source: DefinitionSource): string {
  if (source.format === "asl-json") {
    try {
      return readFileSync(source.file, "utf8");
    } catch {
      // Read a moment ago; if it is gone now, its JSON form is as good a measure.
    }
  }
  return JSON.stringify(source.definition);
}

export function lintDefinition(source: DefinitionSource, read: ReadOutcome): Diagnostic[] {
  const { workflow } = read;
  if (!workflow) return [...read.diagnostics];
  const intrinsics = new Set(read.intrinsics instanceof Map ? read.intrinsics.keys() : Object.keys(read.intrinsics ?? {}));
  const size = definitionSizeProblem(workflow, source.definition as AslObject, deployedText(source));
  return [
    ...read.diagnostics,
    ...validateWorkflow(workflow, { locate: nodeLocator(source, workflow) }),
    ...(size ? [size] : []),
    ...substitutionProblems(source, workflow, intrinsics),
  ];
}
