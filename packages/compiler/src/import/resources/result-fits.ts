/**
 * Whether a helper's result holds what the workflow reads from it: every field of `demanded` (the
 * reads downstream states make, as a schema) must be a field of the result, of the same kind of
 * value, read as the DSL's types read paths (schema-at.ts). Where the result is unknown, or
 * open to more fields, anything may be read.
 */
import type { ZodType } from "zod";
import { readField } from "../../schema/field-read.ts";
import { classic, defType, describeSchema, known, peel } from "../../schema/schema-kinds.ts";

/** The kind of scalar a schema is, or undefined for other kinds. */
function scalarKind(schema: ZodType): string | undefined {
  const def = known(schema)._zod.def;
  switch (def.type) {
    case "string":
    case "template_literal":
    case "enum":
      return "string";
    case "number":
    case "boolean":
    case "null":
      return def.type;
    case "literal": {
      const kinds = new Set(def.values.map((value) => (value === null ? "null" : typeof value)));
      return kinds.size === 1 ? [...kinds][0] : undefined;
    }
    default:
      return undefined;
  }
}

const ANYTHING = new Set(["unknown", "any", "transform", "custom"]);

/** Why the result lacks something demanded (`$.Item.total: …`), or undefined when it holds it all. */
export function resultLacks(demanded: ZodType, result: ZodType, here = "$"): string | undefined {
  const want = peel(demanded).schema;
  const have = peel(result).schema;
  if (ANYTHING.has(defType(want)) || ANYTHING.has(defType(have))) return undefined;
  const haveDef = known(have)._zod.def;
  if (haveDef.type === "union") {
    const members = haveDef.options.map(classic).filter((option) => !["null", "undefined"].includes(defType(peel(option).schema)));
    const reasons = members.map((member) => resultLacks(want, member, here));
    return reasons.includes(undefined) ? undefined : reasons[0] ?? `${here} is never set`;
  }
  const wantDef = known(want)._zod.def;
  switch (wantDef.type) {
    case "object": {
      if (!["object", "record", "intersection"].includes(haveDef.type)) return `${here} is ${describeSchema(have)}, not an object`;
      for (const [name, field] of Object.entries(wantDef.shape)) {
        const read = readField(have, name);
        const at = `${here}.${name}`;
        if (!read.found) return `${at} is not a field of the result, which has ${read.fields.join(", ") || "no fields"}`;
        const lacks = resultLacks(classic(field), read.schema, at);
        if (lacks !== undefined) return lacks;
      }
      return undefined;
    }
    case "array": {
      if (haveDef.type === "array") return resultLacks(classic(wantDef.element), classic(haveDef.element), `${here}[0]`);
      return haveDef.type === "tuple" ? undefined : `${here} is ${describeSchema(have)}, not an array`;
    }
    default: {
      const kind = scalarKind(want);
      if (kind === undefined || kind === scalarKind(have)) return undefined;
      return `${here} is ${describeSchema(have)}, not ${describeSchema(want)}`;
    }
  }
}
