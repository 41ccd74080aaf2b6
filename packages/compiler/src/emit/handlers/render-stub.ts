/**
 * A starting point for one Lambda function's handler: typed by the function's contract (shared by
 * every task that calls it), checking its event with the contract's zod schema, and failing
 * loudly until someone writes the work.
 */
import type { WorkflowIR } from "@aslc/dsl";
import { handlerContracts } from "./lambda-contracts.ts";
import { commentText } from "./source-text.ts";

export interface HandlerStubOptions {
  /** Where the stub will be written, named in its "not implemented" error (default: `<file stem>.ts`). */
  readonly stubPath?: string;
}

/** The file name of the handler stub of the function a task calls: `${CheckStockPriceArn}` → check-stock-price.ts. */
export function handlerStubFileName(workflow: WorkflowIR, taskName: string): string {
  return `${contractFor(workflow, taskName).names.fileStem}.ts`;
}

/** The stub of the function `taskName` calls (any of the tasks that call it gives the same stub). */
export function renderHandlerStub(workflow: WorkflowIR, taskName: string, contractImportPath: string, options: HandlerStubOptions = {}): string {
  const contract = contractFor(workflow, taskName);
  const { names } = contract;
  const file = options.stubPath ?? `${names.fileStem}.ts`;
  const callers = contract.tasks.map((task) => JSON.stringify(commentText(task.stateName))).join(", ");
  const work = contract.callback
    ? `start the work with \`input\` and its task token, then return: SendTaskSuccess with the ${names.result} completes the task`
    : `do the work with \`input\` and return the ${names.result}`;
  return [
    "/**",
    ` * The Lambda handler of function ${commentText(contract.functionName)},`,
    ` * called by ${contract.tasks.length === 1 ? "task" : "tasks"} ${callers} of workflow ${JSON.stringify(commentText(workflow.name))}.`,
    " * Its event and result types are the workflow's handler contract for this function.",
    " */",
    `import { ${names.eventSchema}, type ${names.handler} } from ${JSON.stringify(contractImportPath)};`,
    "",
    `export const handler: ${names.handler} = async (event) => {`,
    "  // A function can be invoked by more than its state machine: check what arrived.",
    `  const input = ${names.eventSchema}.parse(event);`,
    `  void input; // ${commentText(work)}`,
    `  throw new Error(${JSON.stringify(`${names.base} handler is not implemented yet: edit ${file}`)});`,
    "};",
    "",
  ].join("\n");
}

function contractFor(workflow: WorkflowIR, taskName: string) {
  const contracts = handlerContracts(workflow);
  const contract = contracts.find((c) => c.tasks.some((task) => task.stateName === taskName));
  if (!contract) {
    const known = contracts.flatMap((c) => c.tasks.map((task) => JSON.stringify(task.stateName))).join(", ");
    throw new Error(`workflow '${workflow.name}' has no Lambda task named ${JSON.stringify(taskName)}; its Lambda tasks are: ${known || "none"}`);
  }
  return contract;
}
