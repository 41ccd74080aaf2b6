/**
 * A wide, deep execution input: 200 fields over 6 levels of nested objects (one level holds an
 * array of objects), written as one zod expression the way a large event schema would be.
 * Alongside the source it lists the scalar leaves, so workflows can reach the deepest fields.
 */

export const DEEP_SCHEMA_NAME = "Account";

/** Child objects and scalar fields of each object, by depth (1 is the root). */
const CHILDREN = [3, 2, 2, 1, 1, 0];
const SCALARS = [5, 4, 3, 3, 3, 4];
const OBJECT_NAMES = [["profile", "billing", "shipping"], ["settings", "history"], ["limits", "entries"], ["detail"], ["leaf"]];
/** The depth whose second child is an array of objects (paths reach into it with [0] and [*]). */
const ARRAY_DEPTH = 2;

export type LeafKind = "string" | "number" | "boolean" | "enum" | "optional";
const KINDS: readonly LeafKind[] = ["string", "number", "boolean", "enum", "optional"];

export interface Leaf {
  /** A JSONPath to the field; array steps use [0]. */
  readonly path: string;
  readonly kind: LeafKind;
  readonly depth: number;
}

export interface DeepSchema {
  readonly source: string;
  readonly fields: number;
  readonly leaves: readonly Leaf[];
}

function zodOf(kind: LeafKind): string {
  switch (kind) {
    case "string":
      return "z.string()";
    case "number":
      return "z.number()";
    case "boolean":
      return "z.boolean()";
    case "enum":
      return `z.enum(["open", "held", "closed"])`;
    case "optional":
      return "z.string().optional()";
  }
}

export function deepSchema(): DeepSchema {
  const leaves: Leaf[] = [];
  let fields = 0;
  const object = (depth: number, path: string, indent: string): string => {
    const lines: string[] = [];
    for (let j = 0; j < SCALARS[depth - 1]!; j++) {
      const kind = KINDS[(depth + j) % KINDS.length]!;
      const name = `${kind === "optional" ? "note" : kind === "enum" ? "state" : kind === "number" ? "amount" : kind === "boolean" ? "enabled" : "code"}${j}`;
      lines.push(`${indent}  ${name}: ${zodOf(kind)},`);
      leaves.push({ path: `${path}.${name}`, kind, depth });
      fields++;
    }
    for (let j = 0; j < CHILDREN[depth - 1]!; j++) {
      const name = OBJECT_NAMES[depth - 1]![j]!;
      const isArray = depth === ARRAY_DEPTH && j === 1;
      const child = object(depth + 1, isArray ? `${path}.${name}[0]` : `${path}.${name}`, `${indent}  `);
      lines.push(`${indent}  ${name}: ${isArray ? `z.array(${child})` : child},`);
      fields++;
    }
    return `z.object({\n${lines.join("\n")}\n${indent}})`;
  };
  const source = object(1, "$", "");
  return { source, fields, leaves };
}
