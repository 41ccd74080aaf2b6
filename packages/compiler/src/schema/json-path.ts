/**
 * JSONPath as Step Functions reads it (`$.a.b`, `$.list[0]`, `$['odd key']`, `$.list[*].id`,
 * `$$.Execution.Id`, `$variable.field`), split into the segments the schema walkers follow.
 */

export type PathSegment =
  | { readonly kind: "field"; readonly name: string }
  | { readonly kind: "index"; readonly index: number }
  /** `[*]` or `.*`: every element (or every field value). */
  | { readonly kind: "wildcard" }
  /** Slices, filters and index lists: some of the elements. */
  | { readonly kind: "select"; readonly text: string }
  /** `..`: a deep scan, which matches at any depth. */
  | { readonly kind: "deep" };

export type PathRoot = { readonly kind: "payload" } | { readonly kind: "context" } | { readonly kind: "variable"; readonly name: string };

export type ParsedPath =
  | { readonly ok: true; readonly root: PathRoot; readonly segments: readonly PathSegment[] }
  | { readonly ok: false; readonly reason: string };

const NAME_CHAR = /[^.[\]\s]/;

/** Whitespace that ends a path is not part of it (see validate/path-syntax.ts). */
export function parsePath(written: string): ParsedPath {
  const path = written.trimEnd();
  const fail = (why: string): ParsedPath => ({ ok: false, reason: `'${path}' is not a path: ${why}` });
  if (!path.startsWith("$")) return fail("a path starts with '$'");
  let root: PathRoot;
  let i: number;
  if (path.startsWith("$$")) {
    root = { kind: "context" };
    i = 2;
  } else {
    const variable = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(path);
    root = variable ? { kind: "variable", name: variable[1]! } : { kind: "payload" };
    i = variable ? variable[0].length : 1;
  }
  const segments: PathSegment[] = [];
  while (i < path.length) {
    const c = path[i]!;
    if (c === "." && path[i + 1] === ".") {
      segments.push({ kind: "deep" });
      i += 2;
      if (path[i] === "[") continue;
      const name = readName(path, i);
      if (name.length === 0) return fail(`'..' must be followed by a field name`);
      segments.push(name === "*" ? { kind: "wildcard" } : { kind: "field", name });
      i += name.length;
    } else if (c === ".") {
      const name = readName(path, i + 1);
      if (name.length === 0) return fail(`a field name is missing after '.' at position ${i}`);
      segments.push(name === "*" ? { kind: "wildcard" } : { kind: "field", name });
      i += 1 + name.length;
    } else if (c === "[") {
      const end = closingBracket(path, i);
      if (end < 0) return fail(`the '[' at position ${i} is not closed`);
      const segment = bracket(path.slice(i + 1, end).trim());
      if (!segment) return fail(`'${path.slice(i, end + 1)}' is not a field, an index, a wildcard, a slice or a filter`);
      segments.push(segment);
      i = end + 1;
    } else {
      return fail(`unexpected '${c}' at position ${i}`);
    }
  }
  return { ok: true, root, segments };
}

function readName(path: string, from: number): string {
  let end = from;
  while (end < path.length && NAME_CHAR.test(path[end]!)) end++;
  return path.slice(from, end);
}

/** The index of the `]` closing the `[` at `open`, skipping quoted text and nested brackets. */
function closingBracket(path: string, open: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = open; i < path.length; i++) {
    const c = path[i]!;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === "[" || c === "(") {
      depth++;
    } else if (c === "]" || c === ")") {
      depth--;
      if (depth === 0 && c === "]") return i;
    }
  }
  return -1;
}

function bracket(content: string): PathSegment | undefined {
  if (content === "*") return { kind: "wildcard" };
  if (/^-?\d+$/.test(content)) return { kind: "index", index: Number(content) };
  const quoted = /^(['"])((?:\\.|(?!\1).)*)\1$/s.exec(content);
  if (quoted) return { kind: "field", name: quoted[2]!.replace(/\\(.)/g, "$1") };
  if (content.startsWith("?(") || /^-?\d*:-?\d*(:-?\d*)?$/.test(content) || /^-?\d+(\s*,\s*-?\d+)+$/.test(content)) {
    return { kind: "select", text: content };
  }
  return undefined;
}

/** How a walk names where it is, for messages: `$.order.items[0]`. */
export function extendLabel(here: string, segment: PathSegment): string {
  switch (segment.kind) {
    case "field":
      return /^[A-Za-z_$][\w$]*$/.test(segment.name) ? `${here}.${segment.name}` : `${here}['${segment.name}']`;
    case "index":
      return `${here}[${segment.index}]`;
    case "wildcard":
      return `${here}[*]`;
    case "select":
      return `${here}[${segment.text}]`;
    case "deep":
      return `${here}..`;
  }
}
