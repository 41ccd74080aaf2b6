/**
 * Checks a workflow's IR for what the type system cannot see. Returns every problem found;
 * an empty list means the definition can be emitted.
 */
import type { WorkflowIR } from "@aslc/dsl";
import type { Diagnostic } from "../diagnostics.ts";
import { checkFields } from "./fields.ts";
import { checkJsonValues } from "./json-values.ts";
import { checkGraph } from "./graph.ts";
import { checkIntegrationPatterns } from "./integration-patterns.ts";
import { checkEmptyStrings } from "./empty-strings.ts";
import { checkFieldReferences } from "./jsonata-references.ts";
import { checkJsonPathReads } from "./jsonpath-reads.ts";
import { checkJsonSchemas } from "./json-schemas.ts";
import { checkNames } from "./names.ts";
import { checkPathFieldTypes } from "./path-field-types.ts";
import { checkQueryLanguages } from "./query-language.ts";
import { Report, type Locate } from "./report.ts";
import { checkRequests } from "./requests.ts";
import { checkRetryCatch } from "./retry-catch.ts";
import { checkTemplatesAndPaths } from "./templates.ts";
import { checkVariables } from "./variables.ts";

export interface ValidateOptions {
  /**
   * Where each problem is written, from the state and the field the check names: `aslc lint`
   * points at the JSON or YAML node of a definition read from a file.
   * @default each state's own site (for a DSL workflow, its builder call)
   */
  readonly locate?: Locate;
}

export function validateWorkflow(workflow: WorkflowIR, options: ValidateOptions = {}): Diagnostic[] {
  const report = new Report(workflow, options.locate);
  // The other checks read values as JSON: one that is not is reported alone.
  checkJsonValues(workflow, report);
  if (report.diagnostics.length > 0) return report.diagnostics;
  // So do the checks that read paths as text: a path that is not a string is reported alone.
  checkPathFieldTypes(workflow, report);
  if (report.diagnostics.length > 0) return report.diagnostics;
  checkNames(workflow, report);
  checkGraph(workflow, report);
  checkRetryCatch(workflow, report);
  checkFields(workflow, report);
  checkIntegrationPatterns(workflow, report);
  checkJsonSchemas(workflow, report);
  checkEmptyStrings(workflow, report);
  checkTemplatesAndPaths(workflow, report);
  checkQueryLanguages(workflow, report);
  checkVariables(workflow, report);
  checkFieldReferences(workflow, report);
  checkJsonPathReads(workflow, report);
  checkRequests(workflow, report);
  return report.diagnostics;
}

export type { Locate } from "./report.ts";
export { isRfc3339 } from "./fields.ts";
export { isPath, isReferencePath, isVariablePath } from "./path-syntax.ts";
