/**
 * Where a check's problem is written in a definition read from a file: each state's node path in
 * the definition (`["States", "Fan out", "Branches", 0, "States", "Work"]`), then the field the
 * check names, resolved against what the definition holds, then the file's line and column.
 */
import type { SourceSite, StateNode, SubMachine, WorkflowIR } from "@aslc/dsl";
import type { DefinitionSource, NodePath } from "../read/definition-source.ts";
import type { Locate } from "../validate/report.ts";

/** Every state of the workflow, at any depth, with its node path in the definition. */
function statePaths(workflow: WorkflowIR): Map<StateNode, NodePath> {
  const paths = new Map<StateNode, NodePath>();
  const visit = (machine: SubMachine, base: NodePath): void => {
    for (const state of machine.states) {
      const path = [...base, "States", state.name];
      paths.set(state, path);
      if (state.type === "Parallel") state.branches.forEach((branch, i) => visit(branch, [...path, "Branches", i]));
      if (state.type === "Map") {
        const processor = state.iterator ?? state.itemProcessor;
        if (processor) visit(processor, [...path, state.iterator ? "Iterator" : "ItemProcessor"]);
      }
    }
  };
  visit(workflow, []);
  return paths;
}

/**
 * The field's path as the definition holds it. A check names a template key with a dot in it
 * (`Parameters.id.$`) as two parts: where the definition has no key `id`, the parts are joined
 * again. A part the definition does not have ends the path: its nearest written ancestor.
 */
export function resolveField(definition: unknown, base: NodePath, field: NodePath): NodePath {
  let node: unknown = definition;
  for (const key of base) node = child(node, key);
  const resolved = [...base];
  for (let i = 0; i < field.length; i++) {
    let key = field[i]!;
    let value = child(node, key);
    // Join the following parts while the shorter key is not there: "id" + "$" → "id.$".
    for (let j = i + 1; value === undefined && typeof key === "string" && j < field.length; j++) {
      key = `${key}.${field[j]}`;
      value = child(node, key);
      if (value !== undefined) i = j;
    }
    if (value === undefined) break;
    resolved.push(key);
    node = value;
  }
  return resolved;
}

function child(node: unknown, key: string | number): unknown {
  if (Array.isArray(node)) return typeof key === "number" ? node[key] : undefined;
  if (typeof node === "object" && node !== null && Object.hasOwn(node, key)) return (node as Record<string, unknown>)[key];
  return undefined;
}

/** A locate for validateWorkflow that points at the definition's nodes in the source file. */
export function nodeLocator(source: DefinitionSource, workflow: WorkflowIR): Locate {
  let paths: Map<StateNode, NodePath> | undefined;
  return (state, field): SourceSite | undefined => {
    paths ??= statePaths(workflow);
    const base = state ? paths.get(state) : [];
    if (base === undefined) return undefined;
    return source.siteOf(field ? resolveField(source.definition, base, field) : base);
  };
}
