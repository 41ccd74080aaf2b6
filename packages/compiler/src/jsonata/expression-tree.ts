/**
 * JSONata expressions as the `jsonata` package (2.0.6, the version Step Functions runs) parses
 * them: one parse per distinct text for the whole compiler (validation and the schema flow read
 * the same expressions), a walk over the tree, and the names an expression binds itself.
 */
import jsonata from "jsonata";

/** A node of jsonata's syntax tree, as loosely as its shape varies by node type. */
export interface ExpressionNode {
  readonly type: string;
  readonly value?: unknown;
  readonly position?: number;
  readonly [key: string]: unknown;
}

export type ParsedExpression =
  | { readonly ok: true; readonly ast: ExpressionNode }
  | { readonly ok: false; readonly message: string; readonly position?: number; readonly code?: string };

const parsedBodies = new Map<string, ParsedExpression>();
const CACHE_LIMIT = 5000;

/** Parses an expression's body (the text between `{%` and `%}`); each distinct text once. */
export function parseExpression(body: string): ParsedExpression {
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

export function isNode(value: unknown): value is ExpressionNode {
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

/** Names the expression binds itself: `$x := …`, lambda parameters, `@$item`, `#$i`. */
export function boundNames(ast: ExpressionNode): Set<string> {
  const names = new Set<string>();
  walk(ast, (node) => {
    if (node.type === "bind" && isNode(node.lhs) && node.lhs.type === "variable") names.add(String(node.lhs.value));
    if (node.type === "lambda" && Array.isArray(node.arguments)) for (const a of node.arguments) if (isNode(a)) names.add(String(a.value));
    if (typeof node.focus === "string") names.add(node.focus);
    if (typeof node.index === "string") names.add(node.index);
  });
  return names;
}

