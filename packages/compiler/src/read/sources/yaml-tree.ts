/**
 * YAML (and JSON templates, which YAML reads as well) with every node's position: parsed by the
 * `yaml` package, turned into plain values here so that CloudFormation's short tags become the
 * intrinsics' long form, and walked by path to find where a node is written.
 */
import { type Document, isAlias, isMap, isScalar, isSeq, type Node, parseDocument } from "yaml";
import type { NodePath } from "../definition-source.ts";
import { intrinsicForTag, longForm } from "./cloudformation-intrinsics.ts";

export type YamlRead =
  | { readonly ok: true; readonly document: Document.Parsed; readonly root: Node | null; readonly value: unknown }
  | { readonly ok: false; readonly offset: number; readonly message: string };

export function readYaml(text: string): YamlRead {
  // CloudFormation's tags (!Ref, !Sub, …) are unknown to YAML itself: yamlValue reads them.
  const document = parseDocument(text, { prettyErrors: false });
  const error = document.errors[0];
  if (error) return { ok: false, offset: error.pos[0], message: firstLine(error.message) };
  const root = (document.contents as Node | null) ?? null;
  try {
    // Once read whole here, any part of the document reads without these errors later.
    return { ok: true, document, root, value: yamlValue(root, document, { active: new Set(), budget: { nodes: MAX_NODES } }) };
  } catch (problem) {
    if (problem instanceof YamlShapeError) return { ok: false, offset: problem.offset, message: problem.message };
    throw problem;
  }
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}

/** Aliases let a short file stand for a huge value: past this many nodes, the file is refused. */
const MAX_NODES = 1_000_000;

class YamlShapeError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/** What reading a whole document guards against: an alias inside what it names, and aliases that multiply without end. */
interface Guard {
  readonly active: Set<Node>;
  readonly budget: { nodes: number };
}

/** The node with its aliases followed. */
export function resolved(node: unknown, document: Document.Parsed): Node | null {
  return isAlias(node) ? (node.resolve(document) ?? null) : ((node as Node | null | undefined) ?? null);
}

/** The plain value of a node: JSON's kinds, with short-tagged intrinsics in their long form. */
export function yamlValue(node: unknown, document: Document.Parsed, guard?: Guard): unknown {
  const target = resolved(node, document);
  if (target === null) return null;
  if (guard) {
    const at = (node as Node).range?.[0] ?? 0;
    if (guard.active.has(target)) throw new YamlShapeError(at, "an alias inside the node it names: the value would never end");
    if (--guard.budget.nodes < 0) throw new YamlShapeError(at, `aliases that expand to over ${MAX_NODES} values`);
    guard.active.add(target);
  }
  const value = untaggedValue(target, document, guard);
  guard?.active.delete(target);
  const intrinsic = intrinsicForTag(target.tag);
  return intrinsic ? longForm(intrinsic, value) : value;
}

/** The plain value of a node, its own tag left out. A `<<` key merges the mappings it names, as YAML 1.1 (and SAM) reads it. */
export function untaggedValue(node: Node, document: Document.Parsed, guard?: Guard): unknown {
  if (isMap(node)) {
    const object: Record<string, unknown> = {};
    const merges = node.items.filter((pair) => isMergeKey(pair.key));
    for (const merge of merges) {
      const sources = isSeq(resolved(merge.value, document)) ? (resolved(merge.value, document) as { items: unknown[] }).items : [merge.value];
      for (const source of sources) {
        const merged = yamlValue(source, document, guard);
        if (typeof merged === "object" && merged !== null && !Array.isArray(merged)) {
          for (const [key, value] of Object.entries(merged)) if (!Object.hasOwn(object, key)) define(object, key, value);
        }
      }
    }
    const merged = new Set(Object.keys(object));
    for (const pair of node.items) {
      if (isMergeKey(pair.key)) continue;
      const key = String(yamlValue(pair.key, document, guard));
      if (merged.delete(key)) delete object[key];
      define(object, key, yamlValue(pair.value, document, guard));
    }
    return object;
  }
  if (isSeq(node)) return node.items.map((item) => yamlValue(item, document, guard));
  return isScalar(node) ? node.value : null;
}

function isMergeKey(key: unknown): boolean {
  return isScalar(key) && key.type === "PLAIN" && key.value === "<<";
}

/** A key named __proto__ is an ordinary field, as JSON.parse makes it. */
function define(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The text offset of the node at `path` (a field's key, a list entry's value), or of its nearest written ancestor. */
export function locateYaml(root: Node | null, path: NodePath, document: Document.Parsed, start = 0): number {
  let node = resolved(root, document);
  let site = node?.range?.[0] ?? start;
  let unwrapped: Node | undefined;
  for (const segment of path) {
    if (node === null) break;
    const intrinsic = node !== unwrapped ? intrinsicForTag(node.tag) : undefined;
    if (intrinsic !== undefined) {
      // `!Sub x` stands for {"Fn::Sub": x}: the key is the tag itself.
      if (segment !== intrinsic) break;
      unwrapped = node;
      site = node.range?.[0] ?? site;
      continue;
    }
    if (isMap(node)) {
      const pair = node.items.findLast((item) => String(yamlValue(item.key, document)) === String(segment));
      if (!pair) break;
      site = (pair.key as Node | null)?.range?.[0] ?? site;
      node = resolved(pair.value, document);
    } else if (isSeq(node) && typeof segment === "number" && segment < node.items.length) {
      node = resolved(node.items[segment], document);
      site = node?.range?.[0] ?? site;
    } else break;
  }
  return site;
}

/** The value of `key` in a mapping node, when the node is a mapping and has it. */
export function fieldNode(node: Node | null, key: string, document: Document.Parsed): { key: Node; value: Node | null } | undefined {
  if (!isMap(node)) return undefined;
  const pair = node.items.findLast((item) => String(yamlValue(item.key, document)) === key);
  return pair ? { key: pair.key as Node, value: resolved(pair.value, document) } : undefined;
}
