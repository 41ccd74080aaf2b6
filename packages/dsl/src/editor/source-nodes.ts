/**
 * Finding what the editor asks about: the node at a position, whether a declaration is the
 * DSL's own (its sources in the repository, its declarations once installed), and a type as
 * written where the DSL wraps it in NoInfer.
 */
import type * as ts from "typescript";

type TypeScript = typeof ts;

/** The innermost node of `file` that spans `position`. */
export function nodeAt(ts: TypeScript, file: ts.SourceFile, position: number): ts.Node | undefined {
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (position < node.getStart(file) || position >= node.getEnd()) return;
    found = node;
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(file, visit);
  return found;
}

/** The module that declares the DSL's types: its sources in the repository, its declarations once installed. */
const DSL_FILE = /[\\/](?:packages[\\/]dsl|@aslc[\\/]dsl)[\\/]/;

/** Whether a node is written in the DSL's own files. */
export function inDsl(node: ts.Node): boolean {
  return DSL_FILE.test(node.getSourceFile().fileName);
}

/** Whether a symbol is declared by the DSL. */
export function declaredByDsl(symbol: ts.Symbol | undefined): boolean {
  return symbol?.declarations?.some(inDsl) ?? false;
}

/** The type inside NoInfer<…> (a substitution type to the checker), which is the type itself to an author. */
export function withoutNoInfer(ts: TypeScript, type: ts.Type): ts.Type {
  while (type.flags & ts.TypeFlags.Substitution) type = (type as ts.SubstitutionType).baseType;
  return type;
}
