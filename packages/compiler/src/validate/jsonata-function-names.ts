/**
 * Calls to functions JSONata and Step Functions do not have (`$cuont(…)`): Step Functions takes
 * the definition and fails the state when it runs the expression, so each is a warning. A
 * function the expression binds itself (`$f := function($x) { … }`) is its own; any other name
 * must be one of JSONATA_FUNCTIONS.
 */
import type { StateNode } from "@aslc/dsl";
import { JSONATA_FUNCTIONS } from "@aslc/dsl/internal";
import { boundNames, isNode, walk, type ExpressionNode } from "../jsonata/expression-tree.ts";
import type { Report } from "./report.ts";
import { nearestName } from "../nearest-name.ts";

const KNOWN = new Set<string>(JSONATA_FUNCTIONS);

/** The known function closest to name, when one is close enough to be what was meant. */
export function nearestFunction(name: string): string | undefined {
  return nearestName(name, JSONATA_FUNCTIONS);
}

/** The functions the expression calls that neither JSONata, Step Functions nor the expression itself defines, each once, in order. */
export function unknownFunctions(ast: ExpressionNode): string[] {
  const locals = boundNames(ast);
  const unknown = new Set<string>();
  walk(ast, (node) => {
    if ((node.type !== "function" && node.type !== "partial") || !isNode(node.procedure) || node.procedure.type !== "variable") return;
    const name = String(node.procedure.value);
    if (!KNOWN.has(name) && !locals.has(name)) unknown.add(name);
  });
  return [...unknown];
}

/** Reports each call of an unknown function in the expression. */
export function checkFunctionNames(state: StateNode, where: string, quoted: string, ast: ExpressionNode, report: Report): void {
  for (const name of unknownFunctions(ast)) {
    const nearest = nearestFunction(name);
    report.warning(
      "ASLC190",
      state,
      `${where}: ${quoted} calls $${name}, which is not a JSONata function${nearest ? `: did you mean $${nearest}?` : ""} (Step Functions fails the state when it runs the expression); see the JSONata functions at https://docs.jsonata.org/overview`,
      where,
    );
  }
}
