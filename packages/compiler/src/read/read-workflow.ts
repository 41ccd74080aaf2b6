/**
 * An ASL definition read into the IR: the inverse of the ASL emitter, driven by the same field
 * spec. `aslDefinition` of the IR read gives the definition back (as parsed JSON) for every
 * definition the IR can hold; what it cannot hold is a diagnostic at the node's line and column.
 */
import type { WorkflowIR } from "@aslc/dsl";
import { WORKFLOW } from "@aslc/dsl/internal";
import { z } from "zod";
import type { Diagnostic } from "../diagnostics.ts";
import type { DefinitionSource } from "./definition-source.ts";
import { ReadContext } from "./read-context.ts";
import { isObject, readObject } from "./read-fields.ts";

export interface ReadResult {
  /**
   * The workflow, when the IR can hold the definition. It is there also when a field was not
   * known (ASLC410): that field is left out, so the rest can still be checked, but the workflow is
   * then not the whole definition.
   */
  readonly workflow?: WorkflowIR;
  /** The reader's problems (ASLC410–ASLC416); the compiler's checks (`validateWorkflow`) are not run. */
  readonly diagnostics: readonly Diagnostic[];
  /**
   * CloudFormation intrinsics written where ASL takes text, by the placeholder each was read as:
   * `{ "Fn.Arn": { "Fn::GetAtt": ["Fn", "Arn"] } }` for a Resource read as `${Fn.Arn}`.
   */
  readonly intrinsics: { readonly [placeholder: string]: unknown };
}

export function readWorkflow(source: DefinitionSource): ReadResult {
  const ctx = new ReadContext(source);
  const definition = source.definition;
  const result = () => ({ diagnostics: inFileOrder(ctx.diagnostics), intrinsics: Object.fromEntries(ctx.intrinsics) });
  if (!isObject(definition)) {
    const found = Array.isArray(definition) ? "a list" : definition === null ? "null" : typeof definition;
    ctx.report("ASLC413", [], undefined, `the definition must be an object with StartAt and States, not ${found}`);
    return result();
  }
  const fields = readObject(definition, WORKFLOW, [], { ctx, state: undefined, label: "the definition" });
  if (ctx.unreadable) return result();
  const workflow = { name: source.name, ...fields, inputSchema: z.unknown(), site: source.siteOf([]) } as unknown as WorkflowIR;
  return { workflow, ...result() };
}

/** Diagnostics in the order their nodes are written in the file (the sort is stable: one node's in the order found). */
function inFileOrder(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => (a.site?.line ?? 0) - (b.site?.line ?? 0) || (a.site?.column ?? 0) - (b.site?.column ?? 0));
}
