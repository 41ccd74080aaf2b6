/**
 * A machine's `States` read into state nodes, in the definition's order: each by its Type's
 * spec, at the site of its name.
 */
import type { StateNode, StateType } from "@aslc/dsl";
import { STATE_SPECS } from "@aslc/dsl/internal";
import { nearestName } from "../nearest-name.ts";
import type { NodePath } from "./definition-source.ts";
import type { ReadContext } from "./read-context.ts";
import { isObject, readObject, type AslNode } from "./read-fields.ts";

const TYPES = Object.keys(STATE_SPECS) as StateType[];
const TYPE_KEY = new Set(["Type"]);

function isStateType(value: unknown): value is StateType {
  return typeof value === "string" && Object.hasOwn(STATE_SPECS, value);
}

function readState(name: string, value: unknown, path: NodePath, ctx: ReadContext): StateNode | undefined {
  if (!isObject(value)) {
    ctx.report("ASLC412", path, name, `a state must be an object with a Type, not ${Array.isArray(value) ? "a list" : JSON.stringify(value)}`);
    return undefined;
  }
  if (!Object.hasOwn(value, "Type")) {
    ctx.report("ASLC412", path, name, `the state has no Type: give one of ${TYPES.join(", ")}`);
    return undefined;
  }
  const type = value["Type"];
  if (!isStateType(type)) {
    const nearest = typeof type === "string" ? nearestName(type, TYPES) : undefined;
    ctx.report("ASLC412", [...path, "Type"], name, `Type ${JSON.stringify(type)} is not a state type: ${nearest ? `did you mean '${nearest}'?` : `give one of ${TYPES.join(", ")}`}`);
    return undefined;
  }
  const fields = readObject(value, STATE_SPECS[type], path, { ctx, state: name, label: `${type} state` }, TYPE_KEY);
  return { type, name, ...fields, site: ctx.source.siteOf(path) } as StateNode;
}

/** A name JavaScript lists before all others in an object, whatever the order it was written in ("1", "42"). */
const ARRAY_INDEX = /^(0|[1-9]\d*)$/;

/**
 * The state names in the order they are written. A parsed object lists names like "1" first, so
 * where there are such names, the order is taken from where each name is written (a name not
 * written in the file keeps its place).
 */
function writtenOrder(states: AslNode, path: NodePath, ctx: ReadContext): string[] {
  const names = Object.keys(states);
  if (!names.some((name) => ARRAY_INDEX.test(name))) return names;
  const sites = new Map(names.map((name) => [name, ctx.source.siteOf([...path, name])]));
  return names.sort((a, b) => sites.get(a)!.line - sites.get(b)!.line || sites.get(a)!.column - sites.get(b)!.column);
}

/** The states of one machine, in the order written; undefined when one of them cannot be read (each problem is reported). */
export function readStates(states: AslNode, path: NodePath, ctx: ReadContext): StateNode[] | undefined {
  const nodes = writtenOrder(states, path, ctx).map((name) => readState(name, states[name], [...path, name], ctx));
  return nodes.every((node) => node !== undefined) ? nodes : undefined;
}
