/**
 * IR → Amazon States Language, read through the field spec. A pure function: keys in a fixed
 * order (Type first, then the spec's order), no undefined keys, so the same IR always gives the
 * same bytes.
 */
import type { Condition, Json, StateNode, Transition, WorkflowIR } from "@aslc/dsl";
import { specOf, WORKFLOW, type FieldSpec, type ObjectSpec } from "@aslc/dsl/internal";
import { CompileError } from "../../diagnostics.ts";
import { validateWorkflow } from "../../validate/index.ts";
import { definitionSizeProblem } from "../../limits/definition-size.ts";

export type AslObject = { [key: string]: AslValue };
export type AslValue = string | number | boolean | null | AslValue[] | AslObject;

/** Builds an object from [key, value] pairs in order, leaving out undefined values. */
function ordered(entries: readonly (readonly [string, unknown])[]): AslObject {
  const out: AslObject = {};
  for (const [key, value] of entries) if (value !== undefined) out[key] = value as AslValue;
  return out;
}

function condition(c: Condition): AslObject {
  switch (c.kind) {
    case "compare":
      return ordered([
        ["Variable", c.variable],
        [c.operator, c.operand],
        ["Comment", c.comment],
      ]);
    case "and":
      return ordered([
        ["And", c.conditions.map(condition)],
        ["Comment", c.comment],
      ]);
    case "or":
      return ordered([
        ["Or", c.conditions.map(condition)],
        ["Comment", c.comment],
      ]);
    case "not":
      return ordered([
        ["Not", condition(c.condition)],
        ["Comment", c.comment],
      ]);
    case "jsonata":
      return { Condition: c.expression };
  }
}

function states(list: readonly StateNode[]): AslObject {
  // State names are the author's: fromEntries keeps one called `__proto__` as a plain key.
  return Object.fromEntries(list.map((state) => [state.name, ordered([["Type", state.type], ...fields(state, specOf(state))])]));
}

/** One field's ASL entries: usually one; a transition is Next or End, a Choice rule's condition its own keys. */
function field(spec: FieldSpec, value: unknown): (readonly [string, unknown])[] {
  const name = spec.asl!;
  switch (spec.kind) {
    case "transition": {
      const t = value as Transition;
      return t.end ? [["End", true]] : [["Next", t.next]];
    }
    case "condition":
      return Object.entries(condition(value as Condition));
    case "payload":
    case "json":
      return [[name, structuredClone(value as Json)]];
    case "strings":
      return [[name, [...(value as readonly string[])]]];
    case "object":
    case "machine":
      return [[name, ordered(fields(value as object, spec.nested!))]];
    case "list":
    case "machines":
      return [[name, (value as readonly object[]).map((entry) => ordered(fields(entry, spec.nested!)))]];
    case "states":
      return [[name, states(value as readonly StateNode[])]];
    default:
      return [[name, value]];
  }
}

/**
 * An IR object's ASL entries in the spec's order. Fields of a group (ProcessorConfig) are
 * emitted together, as one object where the group's first field stands, and only when the
 * author gave one of them: `Mode: "INLINE"` written is kept, though INLINE is the default.
 */
function fields(node: object, spec: ObjectSpec): (readonly [string, unknown])[] {
  const values = node as { readonly [key: string]: unknown };
  const valueOf = (key: string) => (Object.hasOwn(values, key) ? values[key] : undefined);
  const entries: (readonly [string, unknown])[] = [];
  const groupsDone = new Set<string>();
  for (const [key, fieldSpec] of Object.entries(spec)) {
    if (fieldSpec.asl === null) continue;
    if (fieldSpec.group !== undefined) {
      if (groupsDone.has(fieldSpec.group)) continue;
      groupsDone.add(fieldSpec.group);
      const members = Object.entries(spec).filter(([, s]) => s.group === fieldSpec.group);
      const given = members.some(([k]) => valueOf(k) !== undefined);
      if (given) entries.push([fieldSpec.group, ordered(members.flatMap(([k, s]) => (valueOf(k) === undefined ? [] : field(s, valueOf(k)))))]);
      continue;
    }
    const value = valueOf(key);
    if (value !== undefined) entries.push(...field(fieldSpec, value));
  }
  return entries;
}

/** The ASL object for a workflow, without validating it. */
export function aslDefinition(workflow: WorkflowIR): AslObject {
  return ordered(fields(workflow, WORKFLOW));
}

/** Validates a workflow and renders its ASL as JSON text ending in a newline; throws CompileError on problems. */
export function emitAsl(workflow: WorkflowIR): string {
  const problems = validateWorkflow(workflow).filter((d) => d.severity === "error");
  if (problems.length > 0) throw new CompileError(problems);
  const definition = aslDefinition(workflow);
  const text = `${JSON.stringify(definition, null, 2)}\n`;
  const tooLarge = definitionSizeProblem(workflow, definition, text);
  if (tooLarge) throw new CompileError([tooLarge]);
  return text;
}
