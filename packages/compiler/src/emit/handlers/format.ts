/**
 * Prettier-formatted variants of the generated modules, for callers that write them to disk
 * as they are. Prettier is loaded only when asked for.
 */
import type { WorkflowIR } from "@aslc/dsl";
import { renderContracts } from "./render-contracts.ts";
import { renderHandlerStub, type HandlerStubOptions } from "./render-stub.ts";

export async function formatTypeScript(code: string): Promise<string> {
  const prettier = await import("prettier");
  return prettier.format(code, { parser: "typescript" });
}

export async function renderContractsFormatted(workflow: WorkflowIR): Promise<string> {
  return formatTypeScript(renderContracts(workflow));
}

export async function renderHandlerStubFormatted(workflow: WorkflowIR, taskName: string, contractImportPath: string, options?: HandlerStubOptions): Promise<string> {
  return formatTypeScript(renderHandlerStub(workflow, taskName, contractImportPath, options));
}
