/**
 * What a JSONata expression reads, from the parser's syntax tree: the workflow variables
 * (`$total`, `$order.id`) and the `$states` fields (`$states.input`, `$states.result`, …).
 * Function names (`$sum(…)`) and names the expression binds itself (`$x := …`, a lambda's
 * parameters, `@$item`, `#$i`) are not variables of the workflow.
 */
import jsonata from "jsonata";

/** A node of jsonata's syntax tree, as loosely as its shape varies by node type. */
export interface ExpressionNode {
  readonly type: string;
  readonly value?: unknown;
  readonly position?: number;
  readonly [key: string]: unknown;
}

export type Parsed =
  | { readonly ok: true; readonly ast: ExpressionNode }
  | { readonly ok: false; readonly message: string; readonly position?: number; readonly code?: string };

const parsedBodies = new Map<string, Parsed>();
const CACHE_LIMIT = 5000;

/** Parses an expression's body (the text between `{%` and `%}`); each distinct text once. */
export function parseExpression(body: string): Parsed {
  let parsed = parsedBodies.get(body);
  if (parsed === undefined) {
    try {
      parsed = { ok: true, ast: jsonata(body).ast() as unknown as ExpressionNode };
    } catch (error) {
      const e = error as { message?: string; position?: number; code?: string };
      parsed = { ok: false, message: e.message ?? String(error), position: e.position, code: e.code };
    }
    if (parsedBodies.size >= CACHE_LIMIT) parsedBodies.clear();
    parsedBodies.set(body, parsed);
  }
  return parsed;
}

/**
 * The functions JSONata 2.0 defines and those Step Functions adds: a bare `$name` that names
 * one (as in `$map(list, $string)`) passes the function, it reads no variable.
 */
const FUNCTION_NAMES = new Set(
  (
    "sum count max min average string substring substringBefore substringAfter lowercase uppercase length trim pad match contains replace split join " +
    "formatNumber formatBase formatInteger parseInteger number floor ceil round abs sqrt power random boolean not map zip filter single reduce sift keys " +
    "lookup append exists spread merge reverse each error assert type sort shuffle distinct base64encode base64decode encodeUrlComponent encodeUrl " +
    "decodeUrlComponent decodeUrl eval toMillis fromMillis clone now millis partition range hash uuid parse"
  ).split(" "),
);

function isNode(value: unknown): value is ExpressionNode {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as { type?: unknown }).type === "string";
}

/**
 * Visits every node once, parents first. `skip` names properties not to descend into for a
 * node (the visitor returns them), so a caller can treat a subtree itself.
 */
export function walk(root: ExpressionNode, visit: (node: ExpressionNode) => readonly string[] | void): void {
  const seen = new Set<unknown>();
  const descend = (value: unknown): void => {
    if (typeof value !== "object" || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) descend(item);
      return;
    }
    const skip = isNode(value) ? (visit(value) ?? []) : [];
    for (const [key, child] of Object.entries(value)) if (!skip.includes(key)) descend(child);
  };
  descend(root);
}

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

/** Names the expression binds itself: `$x := …`, lambda parameters, `@$item`, `#$i`. */
function localNames(ast: ExpressionNode): Set<string> {
  const names = new Set<string>();
  walk(ast, (node) => {
    if (node.type === "bind" && isNode(node.lhs) && node.lhs.type === "variable") names.add(String(node.lhs.value));
    if (node.type === "lambda" && Array.isArray(node.arguments)) for (const a of node.arguments) if (isNode(a)) names.add(String(a.value));
    if (typeof node.focus === "string") names.add(node.focus);
    if (typeof node.index === "string") names.add(node.index);
  });
  return names;
}

/** `$` (the context) and `$$` (the root) are not variables. */
function isVariableName(name: string): boolean {
  return name !== "" && name !== "$";
}

export function expressionReads(ast: ExpressionNode): ExpressionReads {
  const locals = localNames(ast);
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
