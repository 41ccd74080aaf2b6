/**
 * Strict JSON, as Step Functions reads it: `JSON.parse` gives the value (fast, and exactly
 * JSON's rules); the position of a node is looked up only when asked, on a syntax tree built then.
 */
import { type Node, type ParseErrorCode, parseTree, printParseErrorCode, visit } from "jsonc-parser";
import type { NodePath } from "../definition-source.ts";

export type JsonRead =
  | { readonly ok: true; readonly value: unknown; readonly locate: (path: NodePath) => number }
  | { readonly ok: false; readonly offset: number; readonly message: string };

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false } as const;

export function readJson(text: string): JsonRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, ...syntaxError(text, error) };
  }
  let tree: Node | undefined;
  return {
    ok: true,
    value,
    locate: (path) => {
      tree ??= parseTree(text, [], STRICT);
      return tree ? locateNode(tree, path) : 0;
    },
  };
}

/** The offset of the node at `path` (a field's key, a list entry's value), or of its nearest ancestor there. */
function locateNode(root: Node, path: NodePath): number {
  let node = root;
  let site = root.offset;
  for (const segment of path) {
    const next = childAt(node, segment);
    if (!next) break;
    [node, site] = next;
  }
  return site;
}

function childAt(node: Node, segment: string | number): [Node, number] | undefined {
  if (node.type === "array" && typeof segment === "number") {
    const entry = node.children?.[segment];
    return entry && [entry, entry.offset];
  }
  if (node.type !== "object") return undefined;
  // JSON.parse keeps the last of two equal keys, so the site is the last one's.
  const property = node.children?.findLast((child) => child.children?.[0]?.value === String(segment));
  const [key, value] = property?.children ?? [];
  return key && value && [value, key.offset];
}

/** Where the text stops being JSON, and what JSON wants there. */
function syntaxError(text: string, error: unknown): { offset: number; message: string } {
  let found: { code: ParseErrorCode; offset: number } | undefined;
  visit(text, { onError: (code, offset) => void (found ??= { code, offset }) }, STRICT);
  if (!found) {
    const position = /at position (\d+)/.exec(error instanceof Error ? error.message : "");
    const offset = position ? Number(position[1]) : 0;
    return { offset, message: `the text is not JSON here (${error instanceof Error ? error.message : String(error)})` };
  }
  return { offset: found.offset, message: describe(text, found.offset, found.code) };
}

function describe(text: string, offset: number, code: ParseErrorCode): string {
  const here = text.slice(offset, offset + 2);
  if (text.startsWith("\uFEFF") && offset <= 1) return "a byte order mark before the JSON: save the file as UTF-8 without one";
  if (here.startsWith("//") || here.startsWith("/*") || printParseErrorCode(code) === "InvalidCommentToken") {
    return "a comment: JSON has none, and Step Functions refuses it; remove it";
  }
  if (here === "${") return "a ${…} placeholder outside a JSON string: Step Functions reads the definition as JSON before it substitutes, so write it inside quotes (\"${Name}\")";
  if ((here.startsWith("}") || here.startsWith("]")) && /,\s*$/.test(text.slice(0, offset))) {
    return "a trailing comma: JSON allows none before a closing bracket or brace; remove it";
  }
  if (here.startsWith("'")) return "a single-quoted string: JSON strings take double quotes";
  if (text.length === 0 || /^\s*$/.test(text)) return "no JSON at all: the text is empty";
  return EXPECTED[printParseErrorCode(code)] ?? `the text is not JSON here (${printParseErrorCode(code)})`;
}

const EXPECTED: Readonly<Record<string, string>> = {
  InvalidSymbol: "a character JSON does not allow here",
  InvalidNumberFormat: "a malformed number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected a colon after the property name",
  CommaExpected: "expected a comma between entries",
  CloseBraceExpected: "expected a closing brace '}'",
  CloseBracketExpected: "expected a closing bracket ']'",
  EndOfFileExpected: "text after the end of the JSON value",
  UnexpectedEndOfString: "a string that is not closed",
  UnexpectedEndOfNumber: "a number that ends too soon",
  InvalidUnicode: "a malformed \\u escape",
  InvalidEscapeCharacter: "an escape JSON does not know",
  InvalidCharacter: "a control character inside a string: escape it (\\n, \\t, …)",
};
