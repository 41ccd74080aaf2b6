/**
 * A Pass state's constant (its Result, or the constant fields of its Parameters) as TypeScript
 * source whose type is each value's JSON kind rather than the literal written: `"start" as
 * string`, `3 as number`. The DSL types a constant as written, and a state's input as the
 * payload that first reaches it; a jump back to that state (a loop) or from another branch
 * carries what the states on its way wrote, often other values of the same kind (a counter, a
 * status), which the literal types would refuse. Step Functions takes such a jump, so the
 * imported module types the constants as their kinds: the definition built is the same.
 */
import { sourceKey, sourceValue } from "./source-value.ts";

/**
 * `template`: the value is a payload template, whose `key.$` fields hold paths and intrinsic
 * calls the DSL reads as written (they keep their text and type).
 */
export function widenedValue(value: unknown, template: boolean): string {
  if (value === null) return "null";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return `${JSON.stringify(value)} as ${typeof value}`;
  if (Array.isArray(value)) {
    // A list of plain values is a list of their kinds (a literal list types as a tuple).
    const kinds = [...new Set(value.map((item) => (item === null ? "null" : typeof item)))];
    if (kinds.every((kind) => kind === "string" || kind === "number" || kind === "boolean" || kind === "null")) {
      const element = kinds.length === 0 ? "unknown" : kinds.length === 1 ? kinds[0] : `(${kinds.join(" | ")})`;
      return `${sourceValue(value)} as ${element}[]`;
    }
    return `[${value.map((item) => widenedValue(item, template)).join(", ")}]`;
  }
  if (typeof value !== "object") return sourceValue(value);
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return "{}";
  return `{ ${entries.map(([key, v]) => `${sourceKey(key)}: ${template && key.endsWith(".$") ? sourceValue(v) : widenedValue(v, template)}`).join(", ")} }`;
}
