/**
 * JSONPath `$name.field…` references (template values, intrinsic arguments, Choice Variables,
 * *Path fields) checked against the variable's schema: the first field a closed object does not
 * have. Indexes, wildcards and filters step into the elements; a deep scan stops the check.
 */
import { extendLabel, parsePath } from "./json-path.ts";
import { readField } from "./field-read.ts";
import { elementOf, isArraySchema } from "./jsonata-functions.ts";
import type { Variables } from "./variable-scope.ts";

export interface VariablePathMiss {
  /** The path as far as the missing field: `$order.custmer`. */
  readonly path: string;
  readonly variable: string;
  /** "variable $order has no field 'custmer' (fields: id, customer)". */
  readonly message: string;
}

/** The missing field of a variable path, if any (unknown variables are not checked here). */
export function variablePathMiss(path: string, variables: Variables): VariablePathMiss | undefined {
  const parsed = parsePath(path);
  if (!parsed.ok || parsed.root.kind !== "variable") return undefined;
  const name = parsed.root.name;
  let schema = variables.get(name);
  if (!schema) return undefined;
  let here = `$${name}`;
  let label = `variable $${name}`;
  for (const segment of parsed.segments) {
    if (segment.kind === "deep") return undefined;
    if (segment.kind !== "field") {
      schema = elementOf(schema);
      here = extendLabel(here, segment);
      label = here;
      continue;
    }
    // A field read on an array is looked for in its elements: only a name no element has is reported.
    if (isArraySchema(schema)) {
      schema = elementOf(schema);
      label = `each item of ${label}`;
    }
    const read = readField(schema, segment.name);
    here = extendLabel(here, segment);
    if (!read.found) {
      return { path: here, variable: name, message: `${label} has no field '${segment.name}' (fields: ${read.fields.join(", ") || "none"})` };
    }
    schema = read.schema;
    label = here;
  }
  return undefined;
}
