/**
 * Which Lambda function a task calls, and the name its handler goes by. Tasks that call the same
 * function (the same ARN or `${Placeholder}` text, compared as written) share one handler stub
 * and one contract. The name comes from the function:
 * - a `${Placeholder}`: its name, less a trailing `FunctionArn`, `FunctionName`, `Arn` or
 *   `Function` (`${ValidateOrderFunctionArn}` → ValidateOrder);
 * - an ARN: the function name after `function:`, with its alias or version unless `$LATEST`
 *   (`arn:aws:lambda:…:function:charge-card:live` → ChargeCardLive), placeholders as above;
 * - a function given at run time (`FunctionName.$`, a JSONata expression) is unknown when the
 *   workflow compiles: such a task has a handler of its own, named after the task.
 */
import type { TaskNode } from "@aslc/dsl";
import { isExpressionText } from "@aslc/dsl/internal";

export interface FunctionIdentity {
  /** Tasks with the same key call the same function. */
  readonly key: string;
  /** What the contract shows as the function: the Resource ARN or FunctionName as written. */
  readonly functionName: string;
  /** The text the handler's names (types, stub file) are made from. */
  readonly stem: string;
}

const SUFFIX = /(FunctionArn|FunctionName|Arn|Function)$/;

function withoutSuffix(name: string): string {
  const stripped = name.replace(SUFFIX, "");
  return stripped.length > 0 ? stripped : name;
}

/** The function name a static reference names, placeholders reduced to their names. */
function stemOf(reference: string): string {
  const afterFunction = /(?:^|:)function:(.+)$/.exec(reference)?.[1] ?? reference;
  const [name = afterFunction, qualifier] = afterFunction.split(":");
  const words = [name, ...(qualifier && qualifier !== "$LATEST" ? [qualifier] : [])];
  return words.map((word) => word.replace(/\$\{([^}]+)\}/g, (_, placeholder: string) => withoutSuffix(placeholder))).join(" ");
}

/** `workflow` names the workflow, so that tasks of two workflows with a run-time function never share a handler. */
export function functionIdentity(task: TaskNode, workflow: string): FunctionIdentity {
  if (task.integration.kind === "lambda-function") return { key: `function:${task.resource}`, functionName: task.resource, stem: stemOf(task.resource) };
  const request = task.parameters ?? task.arguments;
  const fields = request && typeof request === "object" && !Array.isArray(request) ? (request as { readonly [key: string]: unknown }) : {};
  const name = fields.FunctionName;
  if (typeof name === "string" && !isExpressionText(name)) return { key: `function:${name}`, functionName: name, stem: stemOf(name) };
  const dynamic = typeof name === "string" ? name : fields["FunctionName.$"];
  const functionName = typeof dynamic === "string" ? `(from ${dynamic})` : "(FunctionName not given)";
  return { key: `task:${JSON.stringify([workflow, task.name])}`, functionName, stem: task.name };
}
