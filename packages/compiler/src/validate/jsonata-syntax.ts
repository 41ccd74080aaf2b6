/**
 * JSONata expressions in JSONata states: each is a whole `{% … %}` string, parses with the
 * jsonata library Step Functions runs (2.0.6), and keeps to what Step Functions allows: no
 * `$eval`, no intrinsic functions, no JSONPath-style `$` / `$$` roots.
 *
 * Step Functions requires only that the string start with `{%` and end with `%}` ("Transforming
 * data with JSONata in Step Functions", AWS Step Functions Developer Guide): spaces inside the
 * delimiters are the documentation's style, not a rule, so `{%$states.input.x%}` and a newline
 * before `%}` are expressions like any other. asl-validator 4 asks for a space inside each
 * delimiter where a field holds a bare expression (Output, Arguments, Condition); the test of this
 * check records that difference.
 */
import type { StateNode } from "@aslc/dsl";
import { parseExpression, walk, type ExpressionNode } from "../jsonata/expression-tree.ts";
import { expressionReads } from "./expression-references.ts";
import { checkFunctionNames } from "./jsonata-function-names.ts";
import { jsonataFields, looksLikeExpression, stringsIn, type JsonataField } from "./jsonata-fields.ts";
import type { Report } from "./report.ts";
import { checkStatesPlacement } from "./states-placement.ts";


/** The body between the delimiters when the text is a well-formed expression; reports otherwise. */
function expressionBody(state: StateNode, where: string, text: string, report: Report): string | undefined {
  const quoted = JSON.stringify(text);
  if (text !== text.trim() || !text.startsWith("{%") || !text.endsWith("%}") || text.length < 4) {
    report.error(
      "ASLC136",
      state,
      `${where} is ${quoted}, which is not a whole expression: an expression is the entire string "{% … %}" with nothing outside the delimiters; to build text, join inside one expression: "{% 'Order ' & $states.input.id %}"`,
      where,
    );
    return undefined;
  }
  const body = text.slice(2, -2);
  if (body.trim() === "") {
    report.error("ASLC137", state, `${where} is an empty expression ${quoted}: write the expression between {% and %}, or give a literal value`, where);
    return undefined;
  }
  return body;
}

/** What the author likely meant by a JSONPath-style root at the start of the expression. */
function rewrite(body: string): string | undefined {
  const text = body.trim();
  if (text.startsWith("$$")) return `$states.context${text.slice(2)}`;
  if (/^\$(?![\p{ID_Start}_$])/u.test(text)) return `$states.input${text.slice(1)}`;
  if (/^[\p{ID_Start}_]/u.test(text)) return `$states.input.${text}`;
  return undefined;
}

/**
 * Nodes that read the expression's own context at its top level: `$` and field names there
 * read nothing in Step Functions, which gives an expression no context value.
 */
function topLevelContextReads(ast: ExpressionNode): ExpressionNode[] {
  const found: ExpressionNode[] = [];
  const visit = (node: unknown): void => {
    if (typeof node !== "object" || node === null) return;
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    const n = node as ExpressionNode;
    switch (n.type) {
      case "path": {
        const first = (n.steps as ExpressionNode[])[0];
        if (first?.type === "name" || (first?.type === "variable" && first.value === "")) found.push(n);
        else visit(first);
        return;
      }
      case "variable":
        if (n.value === "") found.push(n);
        return;
      case "name":
        found.push(n);
        return;
      case "binary":
      case "apply":
        visit(n.lhs);
        visit(n.rhs);
        return;
      case "unary":
        visit(n.value === "{" ? n.lhs : n.value === "[" ? n.expressions : n.expression);
        return;
      case "condition":
        [n.condition, n.then, n.else].forEach(visit);
        return;
      case "function":
      case "partial":
        visit(n.arguments);
        return;
      case "block":
        visit(n.expressions);
        return;
      case "bind":
        visit(n.rhs);
        return;
    }
  };
  visit(ast);
  return found;
}

/** `States.Format(…)` inside an expression parses as a path from a field named States. */
function callsIntrinsic(node: ExpressionNode): boolean {
  const [first, second] = (node.steps as ExpressionNode[] | undefined) ?? [];
  return node.type === "path" && first?.type === "name" && first.value === "States" && second?.type === "function";
}

function checkRestrictions(state: StateNode, where: string, body: string, ast: ExpressionNode, report: Report): void {
  const quoted = JSON.stringify(`{%${body}%}`);
  const reads = expressionReads(ast);
  if (reads.functions.some((f) => f.name === "eval")) {
    report.error("ASLC139", state, `${where}: ${quoted} calls $eval, which Step Functions does not provide: use $parse to read JSON text`, where);
  }
  checkFunctionNames(state, where, quoted, ast, report);
  for (const node of topLevelContextReads(ast)) {
    if (callsIntrinsic(node)) {
      report.error("ASLC140", state, `${where}: ${quoted} calls an intrinsic function; JSONata states have none: use JSONata's functions ($string, $join, $uuid, $partition, …)`, where);
      continue;
    }
    const suggestion = rewrite(body);
    const root = node.type === "path" && (node.steps as ExpressionNode[])[0]?.type === "name" ? "a field name" : "$";
    report.error(
      "ASLC141",
      state,
      `${where}: ${quoted} starts from ${root}, as JSONPath would; at the top of a Step Functions expression that reads nothing: start from $states.input${suggestion ? ` (${JSON.stringify(`{% ${suggestion} %}`)})` : ""}`,
      where,
    );
  }
  let rootCount = 0;
  walk(ast, (node) => {
    if (node.type === "variable" && node.value === "$") rootCount++;
  });
  if (rootCount > 0) {
    const suggestion = body.trim().startsWith("$$") ? ` (${JSON.stringify(`{% ${rewrite(body)} %}`)})` : "";
    report.error("ASLC141", state, `${where}: ${quoted} reads $$, the JSONPath context object: in JSONata write $states.context${suggestion}`, where);
  }
}

/** Checks one string of a JSONata field: a literal, or an expression to parse and inspect. */
function checkString(state: StateNode, field: JsonataField, where: string, text: string, report: Report): void {
  // Outside {% %} a string is literal text in a JSONata state, even one that reads like an
  // intrinsic call ("States.Format(…)"): Step Functions passes it on as written.
  if (!looksLikeExpression(text)) return;
  const body = expressionBody(state, where, text, report);
  if (body === undefined) return;
  const parsed = parseExpression(body);
  if (!parsed.ok) {
    const at = parsed.position !== undefined ? ` (at character ${parsed.position} of "${body.trim()}")` : "";
    report.error("ASLC138", state, `${where}: ${JSON.stringify(text)} is not valid JSONata: ${parsed.message}${at}`, where);
    return;
  }
  checkRestrictions(state, where, body, parsed.ast, report);
  checkStatesPlacement(state, field, where, text, expressionReads(parsed.ast), report);
}

/** Checks every expression in a JSONata state's JSONata fields. */
export function checkJsonataState(state: StateNode, report: Report): void {
  for (const field of jsonataFields(state)) {
    for (const { where, text } of stringsIn(field.value, field.field)) checkString(state, field, where, text, report);
  }
}
