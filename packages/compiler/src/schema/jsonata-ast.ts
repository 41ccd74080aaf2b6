/**
 * The parse tree of a JSONata expression as the schema walk reads it (parsing itself, once per
 * text for the whole compiler, is jsonata/expression-tree.ts).
 */

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
