/**
 * JSONata expressions as the `jsonata` package parses them, for reading their structure at
 * compile time. The flow evaluates the same expressions on every pass around a loop, so each
 * text is parsed once.
 */
import jsonata from "jsonata";

/** A node of the parse tree (the fields the schema walk reads; the package types them loosely). */
export interface JsonataNode {
  readonly type: string;
  readonly value?: unknown;
  readonly steps?: readonly JsonataNode[];
  readonly stages?: readonly JsonataNode[];
  /** Filters written directly on a variable: `$items[0]`. */
  readonly predicate?: readonly JsonataNode[];
  readonly expressions?: readonly JsonataNode[];
  readonly arguments?: readonly JsonataNode[];
  readonly procedure?: JsonataNode;
  readonly expression?: JsonataNode;
  readonly expr?: JsonataNode;
  readonly condition?: JsonataNode;
  readonly then?: JsonataNode;
  readonly else?: JsonataNode;
  readonly body?: JsonataNode;
  readonly lhs?: JsonataNode | readonly (readonly [JsonataNode, JsonataNode])[];
  readonly rhs?: JsonataNode;
  readonly terms?: readonly { readonly expression: JsonataNode }[];
  readonly group?: { readonly lhs: readonly (readonly [JsonataNode, JsonataNode])[] };
  /** `#$i` on a step binds the position to a name; `@$v` binds the item. */
  readonly index?: string;
  readonly focus?: string;
}

export type ParsedExpression = { readonly ok: true; readonly ast: JsonataNode } | { readonly ok: false; readonly reason: string };

const parsed = new Map<string, ParsedExpression>();

/** Parses the text between `{%` and `%}`. */
export function parseExpression(body: string): ParsedExpression {
  let found = parsed.get(body);
  if (!found) {
    try {
      found = { ok: true, ast: jsonata(body).ast() as unknown as JsonataNode };
    } catch (error) {
      found = { ok: false, reason: `the expression does not parse: ${(error as Error).message}` };
    }
    parsed.set(body, found);
  }
  return found;
}

/**
 * Names the expression binds itself (`$x := …`, function parameters, `#$i`, `@$v`): inside
 * it they hide workflow variables of the same name, so reads of them are not followed.
 */
export function boundNames(node: JsonataNode): Set<string> {
  const names = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (value === null || typeof value !== "object") return;
    const n = value as JsonataNode;
    if (n.type === "bind" && n.lhs && !Array.isArray(n.lhs)) names.add(String((n.lhs as JsonataNode).value));
    if (n.type === "lambda") n.arguments?.forEach((arg) => names.add(String(arg.value)));
    if (typeof n.index === "string") names.add(n.index);
    if (typeof n.focus === "string") names.add(n.focus);
    for (const child of Object.values(n)) visit(child);
  };
  visit(node);
  return names;
}
