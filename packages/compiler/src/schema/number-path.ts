/**
 * A `…Path` field that must select a number (a Map's MaxConcurrencyPath and tolerated-failure
 * paths, a Wait's SecondsPath): whether
 * the schema it selects can hold none. Step Functions takes the definition and fails the state
 * when the value is not a number (AWS's Map state page: MaxConcurrencyPath "must select a
 * non-negative integer"; the tolerated failure threshold paths likewise resolve to numbers).
 */
import type { ZodType } from "zod";
import { describeSchema, known, peel } from "./schema-kinds.ts";

/** Kinds that never hold a number. */
const NOT_NUMBERS = new Set(["string", "boolean", "object", "array", "tuple", "null", "record", "enum", "template_literal"]);

/** The reason the selected value is not a number, or undefined when it may be one. */
export function notANumber(schema: ZodType, path: string): string | undefined {
  const def = known(peel(schema).schema)._zod.def as { readonly type: string; readonly values?: readonly unknown[] };
  const never = NOT_NUMBERS.has(def.type) || (def.type === "literal" && (def.values ?? []).every((value) => typeof value !== "number"));
  return never ? `${path} is ${describeSchema(schema)}, not a number` : undefined;
}
