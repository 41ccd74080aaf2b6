/**
 * Workflow names must be unique (ASLC303), and unique ignoring case too (ASLC380): a name becomes
 * the file names `<Workflow>.asl.json`, `.substitutions.json` and `.contracts.ts`, and `Orders` and
 * `orders` name the same file on the case-insensitive file systems macOS and Windows use by
 * default, where one workflow's output would silently replace the other's. Like exact duplicates,
 * such names are refused across folders too: a project's workflows are deployed side by side.
 */
import type { WorkflowIR } from "@aslc/dsl";
import type { Diagnostic } from "../diagnostics.ts";

export class WorkflowNames {
  /** Each name seen so far, by its lower-case form, with the module that declared it. */
  private readonly seen = new Map<string, { readonly name: string; readonly file: string }>();

  /** Records the workflow's name; the problem when an earlier workflow took it, or took it ignoring case. */
  claim(ir: WorkflowIR, file: string): Diagnostic | undefined {
    const key = ir.name.toLowerCase();
    const earlier = this.seen.get(key);
    if (!earlier) {
      this.seen.set(key, { name: ir.name, file });
      return undefined;
    }
    if (earlier.name === ir.name) {
      return { code: "ASLC303", severity: "error", workflow: ir.name, message: `workflow name '${ir.name}' is also used in ${earlier.file}: names must be unique, rename one`, site: ir.site };
    }
    return {
      code: "ASLC380",
      severity: "error",
      workflow: ir.name,
      message: `workflow name '${ir.name}' differs from '${earlier.name}' (in ${earlier.file}) only in case: names must be unique ignoring case, as their files (${ir.name}.asl.json, …) are one file on macOS and Windows; rename one`,
      site: ir.site,
    };
  }
}
