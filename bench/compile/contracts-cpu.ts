/**
 * What checking the generated contracts adds to checking their workflows, measured in one program
 * as the checker's CPU time: the workflow modules are checked first, then the contracts modules,
 * each timed with the process's own CPU clock. A difference of two separate compiler runs' wall
 * times carries the whole noise of a busy machine (it has come out negative); this does not, and
 * counts only what the contracts add, zod's types being resolved by the workflows already.
 */
import ts from "typescript";
import { timed } from "../clock.ts";

export interface ContractsCpu {
  /** CPU milliseconds checking the workflow modules. */
  readonly workflowsMs: number;
  /** CPU milliseconds then checking the contracts modules. */
  readonly contractsMs: number;
}

/** One measure, in a fresh program over the files `tsconfig` includes. */
export function contractsCpu(tsconfig: string): ContractsCpu {
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!parsed) throw new Error(`${tsconfig}: cannot be read`);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const files = program.getSourceFiles().filter((file) => !file.isDeclarationFile);
  const check = (suffix: string) => {
    let errors: readonly ts.Diagnostic[] = [];
    const { cpu } = timed(() => {
      errors = files.filter((file) => file.fileName.endsWith(suffix)).flatMap((file) => program.getSemanticDiagnostics(file));
    });
    if (errors.length > 0) throw new Error(`${tsconfig}: ${ts.flattenDiagnosticMessageText(errors[0]!.messageText, "\n")}`);
    return cpu;
  };
  const workflowsMs = check(".workflow.ts");
  return { workflowsMs, contractsMs: check(".contracts.ts") };
}
