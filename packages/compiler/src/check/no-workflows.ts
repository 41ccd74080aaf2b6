/**
 * A build or check over paths that hold no workflow module is an error: a CI guard that
 * compared nothing would pass whatever the sources say.
 */
import { relative, resolve } from "node:path";
import type { Diagnostic } from "../diagnostics.ts";
import { WORKFLOW_FILE_SUFFIX } from "../load/discover.ts";

export function noWorkflowsFound(paths: readonly string[], cwd: string): Diagnostic {
  const searched = (paths.length > 0 ? paths : ["."]).map((p) => relative(cwd, resolve(cwd, p)) || ".").join(", ");
  return {
    code: "ASLC330",
    severity: "error",
    message: `no workflow module (*${WORKFLOW_FILE_SUFFIX}) under ${searched}: give the folders that hold the workflows, or name the modules *${WORKFLOW_FILE_SUFFIX}`,
  };
}
