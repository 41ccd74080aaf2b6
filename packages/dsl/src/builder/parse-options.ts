/**
 * A builder call's options parsed into IR fields, by the field spec, when the call is made: a
 * payload becomes JSON (`ref(…)` → `key.$`), a JSONata value its `{% … %}` text, a nested object
 * or list its own fields. Lowering adds only what the chain decides (transitions, targets,
 * nested machines). A value that cannot be parsed is kept as a problem and thrown when the
 * workflow is built, where every other lowering problem is reported.
 */
import { optionName, type FieldSpec, type ObjectSpec, type SpecOf } from "../ir/spec/field-spec.ts";
import { isJsonataExpression } from "../jsonata/jsonata-value.ts";
import { templateToJson } from "../payload/to-json.ts";
import { isUnchecked } from "../payload/unchecked.ts";

function isOptionObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The fields of an options object that its spec describes, in spec order, leaving out what was
 * not given. Messages name a field by the state and its path: "state 'Charge' catcher 2 output",
 * "state 'Scan' itemReader.parameters".
 */
function parseObject(spec: ObjectSpec, options: object, state: string, path: string): { [key: string]: unknown } {
  const given = options as { readonly [key: string]: unknown };
  const out: { [key: string]: unknown } = {};
  for (const [key, field] of Object.entries(spec)) {
    // Fields the chain decides (transitions, rules, machines) are lowering's.
    const option = optionName(key, field);
    if (option === undefined || !Object.hasOwn(given, option) || given[option] === undefined) continue;
    out[key] = parseField(field, given[option], state, `${path}${option}`);
  }
  return out;
}

function parseField(field: FieldSpec, value: unknown, state: string, path: string): unknown {
  // A path the types leave unchecked is the path's text in every field that takes one.
  if (isUnchecked(value) && field.kind !== "payload" && field.kind !== "json") return value.text;
  switch (field.kind) {
    case "payload":
    case "json":
      return templateToJson(value, `${state} ${path}`);
    case "scalar":
      return isJsonataExpression(value) ? value.expression : value;
    case "strings":
      return Array.isArray(value) ? Object.freeze([...value]) : value;
    case "object":
      return isOptionObject(value) ? Object.freeze(parseObject(field.nested!, value, state, `${path}.`)) : value;
    case "list":
      if (!Array.isArray(value)) return value;
      return Object.freeze(value.map((entry, i) => (isOptionObject(entry) ? Object.freeze(parseObject(field.nested!, entry, state, `${field.entry ?? "entry"} ${i + 1} `)) : entry)));
    default:
      return value;
  }
}

/** What a builder call's options give: the node's own fields, or the problem to report when the workflow is built. */
export type ParsedOptions<Node> = { readonly fields: Partial<Node>; readonly problem?: undefined } | { readonly fields?: undefined; readonly problem: unknown };

/** Parses a state's options by its kind's spec. */
export function parseOptions<Node>(spec: SpecOf<Node>, options: object, stateName: string): ParsedOptions<Node> {
  try {
    // The spec is tied to the node type (SpecOf), so the fields it reads are the node's.
    return { fields: Object.freeze(parseObject(spec, options, `state '${stateName}'`, "")) as Partial<Node> };
  } catch (problem) {
    return { problem };
  }
}
