/**
 * What a JSONata expression reads, from the parser's syntax tree: the workflow variables
 * (`$total`, `$order.id`) and the `$states` fields (`$states.input`, `$states.result`, …).
 * Function names (`$sum(…)`) and names the expression binds itself (`$x := …`, a lambda's
 * parameters, `@$item`, `#$i`) are not variables of the workflow.
 */
import { JSONATA_FUNCTIONS } from "@aslc/dsl/internal";
import { boundNames, isNode, walk, type ExpressionNode } from "../jsonata/expression-tree.ts";

/** A bare `$name` that names a function (as in `$map(list, $string)`) passes the function, it reads no variable. */
const FUNCTION_NAMES = new Set<string>(JSONATA_FUNCTIONS);

export interface Reference {
  readonly name: string;
  /** Where in the expression body (jsonata's count: the end of the token). */
  readonly position: number;
}

export interface ExpressionReads {
  /** Workflow variables read, in order of appearance (a name may repeat). */
  readonly variables: readonly Reference[];
  /** `$states` fields read: `input`, `result`, `errorOutput`, `context`, or anything else written. */
  readonly statesFields: readonly Reference[];
  /** Functions called or passed by name (`sum`, `eval`, …). */
  readonly functions: readonly Reference[];
}

/** `$` (the context) and `$$` (the root) are not variables. */
function isVariableName(name: string): boolean {
  return name !== "" && name !== "$";
}

export function expressionReads(ast: ExpressionNode): ExpressionReads {
  const locals = boundNames(ast);
  const variables: Reference[] = [];
  const statesFields: Reference[] = [];
  const functions: Reference[] = [];
  const statesRoots = new Set<ExpressionNode>();
  walk(ast, (node) => {
    const position = node.position ?? 0;
    if ((node.type === "function" || node.type === "partial") && isNode(node.procedure) && node.procedure.type === "variable") {
      functions.push({ name: String(node.procedure.value), position: node.procedure.position ?? position });
      return ["procedure"];
    }
    if (node.type === "path" && Array.isArray(node.steps)) {
      const [first, second] = node.steps as unknown[];
      if (isNode(first) && first.type === "variable" && first.value === "states" && !locals.has("states")) {
        statesRoots.add(first);
        if (isNode(second) && second.type === "name") statesFields.push({ name: String(second.value), position: second.position ?? position });
      }
      return;
    }
    if (node.type !== "variable" || statesRoots.has(node)) return;
    const name = String(node.value);
    if (!isVariableName(name) || locals.has(name) || name === "states") return;
    if (FUNCTION_NAMES.has(name)) functions.push({ name, position });
    else variables.push({ name, position });
  });
  return { variables, statesFields, functions };
}
