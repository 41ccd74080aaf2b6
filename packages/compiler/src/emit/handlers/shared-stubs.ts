/**
 * Handler stubs are per function and per folder: workflows in one folder that call the same
 * function share its stub, which the first of them (in module order) renders; it imports that
 * workflow's contract. Two different functions whose stubs would land on one file are an error.
 */
import type { Diagnostic } from "../../diagnostics.ts";
import type { OutputFile } from "../../write/atomic-write.ts";

export interface RenderedModule {
  readonly file: string;
  readonly outputs: readonly OutputFile[];
}

export function shareStubs(rendered: readonly RenderedModule[]): { rendered: RenderedModule[]; collisions: Diagnostic[] } {
  const owners = new Map<string, { file: string; function: string | undefined }>();
  const collisions: Diagnostic[] = [];
  const shared = rendered.map(({ file, outputs }) => ({
    file,
    outputs: outputs.filter((output) => {
      if (!output.once) return true;
      const earlier = owners.get(output.path);
      if (!earlier) {
        owners.set(output.path, { file, function: output.function });
        return true;
      }
      if (earlier.function !== output.function) {
        collisions.push({
          code: "ASLC306",
          severity: "error",
          message: `two different Lambda functions would share the handler stub ${output.path} (the other is called in ${earlier.file}): rename one function's placeholder, or move one workflow to a folder of its own`,
          site: { file, line: 1, column: 1 },
        });
      }
      return false;
    }),
  }));
  return { rendered: shared, collisions };
}
