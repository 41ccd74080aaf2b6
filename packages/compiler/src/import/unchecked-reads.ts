/**
 * The reads of a state that the DSL's types refuse but Step Functions takes, failing only the
 * execution that runs them, as the compiler's own flow analysis finds them: a path that selects
 * nothing (`OutputPath: $ has no field 'batch_input'`, `ResultSelector.c.$: $$
 * has no field 'z'`, `Items: gives the literal "_tbd_", not an array`), and a JSONPath read of a
 * variable some path to the state leaves unassigned. `aslc import` writes these texts with
 * `unchecked(…)` (JSONPath) or `jsonata(…)` (JSONata), and every other read typed.
 */
import type { StateNode } from "@aslc/dsl";
import { STATE_SPECS, type ObjectSpec } from "@aslc/dsl/internal";
import type { StateSchemas } from "../schema/flow-types.ts";
import { selectsNothing } from "../schema/selects-nothing.ts";

/** The texts of the state's paths, templates' `.$` values and expressions at the fields its flow finds select nothing. */
export function unfollowedReads(node: StateNode, record: StateSchemas | undefined): Set<string> {
  const texts = new Set<string>();
  for (const problem of record?.problems ?? []) {
    if (!selectsNothing(problem)) continue;
    const field = problem.slice(0, problem.indexOf(": "));
    const text = textAt(node, field);
    if (text !== undefined) texts.add(text);
  }
  return texts;
}

/**
 * The string a flow problem's field names (`ResultSelector.example2.nested.$`): the ASL field,
 * then keys of its template, matched whole as a key may hold dots (`nested.$`).
 */
function textAt(node: StateNode, field: string): string | undefined {
  const spec = STATE_SPECS[node.type] as ObjectSpec;
  const [key] = Object.entries(spec).find(([, f]) => f.asl !== null && (field === f.asl || field.startsWith(`${f.asl}.`))) ?? [];
  if (key === undefined || key === "resultPath") return undefined;
  let value: unknown = (node as unknown as Record<string, unknown>)[key];
  let rest = field.slice(spec[key]!.asl!.length + 1);
  while (rest !== "" && typeof value === "object" && value !== null && !Array.isArray(value)) {
    const keys = Object.keys(value).filter((k) => rest === k || rest.startsWith(`${k}.`));
    const next = keys.sort((a, b) => b.length - a.length)[0];
    if (next === undefined) return undefined;
    value = (value as Record<string, unknown>)[next];
    rest = rest.slice(next.length + 1);
  }
  return rest === "" && typeof value === "string" ? value : undefined;
}

/** The variables a JSONPath path or intrinsic reads (`$name`, `$name.field`), not `$`, `$.…` or `$$.…`. */
export function jsonPathVariables(text: string): string[] {
  // An intrinsic's quoted text is not read.
  const unquoted = text.replace(/'(?:[^'\\]|\\.)*'/g, "''");
  return [...unquoted.matchAll(/(?<![\w$])\$([A-Za-z_]\w*)/g)].map((match) => match[1]!);
}
