/**
 * Output paths that differ only in case (ASLC381), such as the handler stubs of modules in folders
 * `Billing/` and `billing/`: on the case-insensitive file systems macOS and Windows use by default
 * they are one file, and one output would silently replace the other.
 */
import type { Diagnostic } from "../diagnostics.ts";
import type { OutputFile } from "../write/atomic-write.ts";

export function outputPathClashes(rendered: readonly { readonly file: string; readonly outputs: readonly OutputFile[] }[]): Diagnostic[] {
  const owners = new Map<string, { readonly path: string; readonly file: string }>();
  const diagnostics: Diagnostic[] = [];
  for (const { file, outputs } of rendered) {
    for (const output of outputs) {
      const key = output.path.toLowerCase();
      const earlier = owners.get(key);
      if (earlier && earlier.path !== output.path) {
        diagnostics.push({
          code: "ASLC381",
          severity: "error",
          message: `${output.path} and ${earlier.path} (from ${earlier.file}) differ only in case: they are the same file on macOS and Windows; rename one of the folders, workflows or Lambda functions`,
          site: { file, line: 1, column: 1 },
        });
      }
      if (!earlier) owners.set(key, { path: output.path, file });
    }
  }
  return diagnostics;
}
