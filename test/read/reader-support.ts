/**
 * Definition sources for the reader's tests: JSON text parsed with the line and column of every
 * key and list entry, as a source file would give them.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import type { DefinitionSource, NodePath } from "../../packages/compiler/src/read/definition-source.ts";

export const FILE = "/project/machine.asl.json";

/** A source for JSON (or YAML) text: `siteOf` gives the line and column of a key, or of a list entry. */
export function sourceOf(text: string, name = "Machine"): DefinitionSource {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  const position = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { file: FILE, line, column: col };
  };
  return {
    file: FILE,
    name,
    format: "asl-json",
    definition: document.toJS(),
    siteOf(path: NodePath) {
      let node: Node | null = document.contents as Node | null;
      let offset = node?.range?.[0] ?? 0;
      for (const step of path) {
        if (isMap(node)) {
          const pair = node.items.find((item) => isScalar(item.key) && item.key.value === step);
          if (pair === undefined) break;
          offset = (pair.key as Node).range![0];
          node = pair.value as Node | null;
        } else if (isSeq(node) && typeof step === "number") {
          const item = node.items[step] as Node | undefined;
          if (item === undefined) break;
          offset = item.range![0];
          node = item;
        } else break;
      }
      return position(offset);
    },
  };
}

/** A source for a definition given as a value, pretty-printed as JSON. */
export function sourceOfValue(definition: unknown, name = "Machine"): DefinitionSource {
  return sourceOf(JSON.stringify(definition, null, 2), name);
}

/** A definition with each placeholder the reader made for a CloudFormation intrinsic put back as the intrinsic. */
export function withIntrinsics(definition: unknown, intrinsics: { readonly [placeholder: string]: unknown }): unknown {
  if (typeof definition === "string") {
    const name = /^\$\{([^}]+)\}$/.exec(definition)?.[1];
    return name !== undefined && Object.hasOwn(intrinsics, name) ? intrinsics[name] : definition;
  }
  if (Array.isArray(definition)) return definition.map((entry) => withIntrinsics(entry, intrinsics));
  if (typeof definition !== "object" || definition === null) return definition;
  return Object.fromEntries(Object.entries(definition).map(([key, value]) => [key, withIntrinsics(value, intrinsics)]));
}

/** JSON text with keys sorted at every level: equal for definitions equal as parsed JSON, whatever their key order. */
export function canonicalJson(value: unknown): string {
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (typeof v !== "object" || v === null) return v;
    return Object.fromEntries(Object.keys(v).sort().map((key) => [key, sorted((v as Record<string, unknown>)[key])]));
  };
  return JSON.stringify(sorted(value));
}
